SELECT COUNT(*) FROM sys.tables WHERE name = @name
