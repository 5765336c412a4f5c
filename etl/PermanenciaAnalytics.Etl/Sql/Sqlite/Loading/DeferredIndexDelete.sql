DELETE FROM deferred_index WHERE index_name = $name
