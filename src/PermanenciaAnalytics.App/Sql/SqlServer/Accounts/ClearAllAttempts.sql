-- Unlock: the manager ends every count and lock of this name, from every address.
DELETE FROM dbo.sign_in_attempt WHERE name_hash = @nameHash;
