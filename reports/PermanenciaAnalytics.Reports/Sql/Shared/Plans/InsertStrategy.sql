INSERT INTO plan_strategy (plan_id, line_no, name, strategy_type, target_population, responsible, start_date, end_date)
VALUES (@PlanId, @LineNo, @Name, @StrategyType, @TargetPopulation, @Responsible, @StartDate, @EndDate)
