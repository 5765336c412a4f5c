-- Every rejected row and warning of one load in file order, read as a stream for the CSV download.
SELECT row_number, column_name, value, reason, severity
FROM rejected_row
WHERE load_id = @loadId
ORDER BY row_number, severity;
