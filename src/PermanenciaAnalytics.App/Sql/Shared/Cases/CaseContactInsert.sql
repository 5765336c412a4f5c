INSERT INTO case_contact (case_id, contact_on, channel, result, note, next_call_on, recorded_by, recorded_at)
VALUES (@caseId, @on, @channel, @result, @note, @next, @by, @now);
