-- Staff account administration through the API. Passwords arrive only as SCRAM secrets computed
-- by the client's libpq (PQencryptPasswordConn): no plaintext password ever reaches the server here.

CREATE FUNCTION kohi.is_superuser() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
$$;

-- The database administrator may bootstrap the first accounts; afterwards user administrators do.
CREATE FUNCTION kohi.assert_user_admin() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    IF NOT (pg_has_role(session_user, 'kohi_user_admin', 'MEMBER') OR kohi.is_superuser()) THEN
        RAISE EXCEPTION 'ユーザー管理の権限がありません。' USING ERRCODE = '42501';
    END IF;
END
$$;

CREATE FUNCTION kohi.check_duties(p_duties text[]) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    d text;
BEGIN
    FOREACH d IN ARRAY coalesce(p_duties, '{}') LOOP
        IF NOT EXISTS (SELECT FROM kohi.duty WHERE role_name = d) THEN
            RAISE EXCEPTION '職務「%」は存在しません。', d USING ERRCODE = '22023';
        END IF;
    END LOOP;
END
$$;

CREATE FUNCTION kohi_api.user_create(p_login text, p_display_name text, p_duties text[],
                                     p_scram_secret text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
DECLARE
    d text;
BEGIN
    PERFORM kohi.assert_user_admin();
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_]{2,30}$' OR p_login ~ '^(kohi|pg)_' THEN
        RAISE EXCEPTION 'ユーザーIDは英小文字で始まる3〜31文字の英小文字・数字・下線で指定してください（kohi_ と pg_ で始まるものは不可）。'
            USING ERRCODE = '22023';
    END IF;
    IF p_display_name IS NULL OR length(btrim(p_display_name)) = 0 THEN
        RAISE EXCEPTION '氏名を入力してください。' USING ERRCODE = '22023';
    END IF;
    -- Only a SCRAM secret is accepted: a plaintext here would mean the password crossed the wire.
    IF p_scram_secret IS NULL OR p_scram_secret !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'パスワードは SCRAM 形式で渡してください。' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'ユーザーID「%」は既に使われています。', p_login USING ERRCODE = '42710';
    END IF;
    PERFORM kohi.check_duties(p_duties);

    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOCREATEDB NOCREATEROLE NOREPLICATION '
                   'CONNECTION LIMIT 5 PASSWORD %L IN ROLE kohi_staff', p_login, p_scram_secret);
    FOREACH d IN ARRAY coalesce(p_duties, '{}') LOOP
        EXECUTE format('GRANT %I TO %I', d, p_login);
    END LOOP;
    INSERT INTO kohi.staff (login, display_name) VALUES (p_login, btrim(p_display_name));
END
$$;

CREATE FUNCTION kohi_api.user_list()
RETURNS TABLE (login text, display_name text, duties text[], status text,
               must_change_password boolean, password_changed_at timestamptz,
               last_login_at timestamptz, created_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp AS $$
BEGIN
    PERFORM kohi.assert_user_admin();
    RETURN QUERY
    SELECT s.login::text, s.display_name,
           (SELECT coalesce(array_agg(d.role_name::text ORDER BY d.sort_key), '{}')
              FROM kohi.duty d WHERE pg_has_role(s.login, d.role_name, 'MEMBER')),
           s.status, s.must_change_password, s.password_changed_at, s.last_login_at, s.created_at
    FROM kohi.staff s ORDER BY s.login;
END
$$;

GRANT EXECUTE ON FUNCTION kohi_api.user_create(text, text, text[], text) TO kohi_user_admin;
GRANT EXECUTE ON FUNCTION kohi_api.user_list() TO kohi_user_admin;
