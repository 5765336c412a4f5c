-- The current version's own data; submitted_on and first_received_at (the first receipt) stay.
UPDATE plan_header
SET institution_name = @InstitutionName, declared_on = @DeclaredOn, source_file = @SourceFile, source_sha256 = @SourceSha256, loaded_at = @LoadedAt
WHERE plan_id = @PlanId
