-- Issues of one load by severity and reason: rejections from load_reject_reason (the ledger's own counts),
-- warnings (loaded rows) counted from rejected_row, which is the only place they are kept by reason.
SELECT 'rejected' AS Severity, reason AS Reason, row_count AS Total
FROM dbo.load_reject_reason
WHERE load_id = @loadId
UNION ALL
SELECT 'warning' AS Severity, reason AS Reason, COUNT(*) AS Total
FROM dbo.rejected_row
WHERE load_id = @loadId AND severity = 'warning'
GROUP BY reason;
