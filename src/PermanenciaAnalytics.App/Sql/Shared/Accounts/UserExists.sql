SELECT COUNT(*) FROM app_user WHERE user_name = @name
