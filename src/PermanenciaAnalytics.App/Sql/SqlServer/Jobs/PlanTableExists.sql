SELECT COUNT(*) FROM sys.tables WHERE name = 'plan_header'
