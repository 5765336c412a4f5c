-- A contact sets the case's state from its result (a closing result closes it with @reason; the others keep it, or
-- bring it back, en seguimiento), and remembers the last result, its date and the next call.
UPDATE outreach_case
SET contacts = contacts + 1,
    state = @state,
    last_result = @result,
    last_contact_on = @on,
    next_call_on = @next,
    closure_reason = @reason,
    closed_on = @closedOn
WHERE case_id = @caseId;
