-- The first @count rejected rows and warnings of one load in file order, for the summary page.
SELECT row_number AS RowNumber, column_name AS ColumnName, value AS Value, reason AS Reason, severity AS Severity
FROM rejected_row
WHERE load_id = @loadId
ORDER BY row_number, severity
LIMIT @count;
