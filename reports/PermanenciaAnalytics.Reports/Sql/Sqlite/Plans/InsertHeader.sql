INSERT INTO plan_header (institution_dane, school_year, institution_name, submitted_on, first_received_at, declared_on, source_file, source_sha256, loaded_at)
VALUES (@InstitutionDane, @Year, @InstitutionName, @SubmittedOn, @LoadedAt, @DeclaredOn, @SourceFile, @SourceSha256, @LoadedAt)
RETURNING plan_id
