--
-- PostgreSQL database dump
--

\restrict messengerdump

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: search_document(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.search_document(content text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT to_tsvector('russian'::regconfig, content)
           -- Qualified: a dump restores with an empty search_path.
           || public.search_grams(content)
$$;


--
-- Name: search_grams(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.search_grams(content text) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
DECLARE
    run text;
    base int := 0;
    lexemes text := '';
    i int;
BEGIN
    -- Most messages hold none of these characters: one test spares them the rest.
    IF content !~ '[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U0001f000-\U0001faff\U00020000-\U0003134f]' THEN
        RETURN ''::tsvector;
    END IF;
    FOR run IN SELECT matched[1] FROM regexp_matches(content, '[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U0001f000-\U0001faff\U00020000-\U0003134f]+', 'g') AS matched LOOP
        FOR i IN 1 .. length(run) LOOP
            -- 16383 is the highest position a tsvector keeps.
            lexemes := lexemes || ' ' || substr(run, i, 1) || ':' || least(base + i, 16383);
            IF i < length(run) THEN
                lexemes := lexemes || ' ' || substr(run, i, 2) || ':' || least(base + i, 16383);
            END IF;
        END LOOP;
        base := base + length(run) + 1;  -- a gap: no phrase runs from one run to the next
    END LOOP;
    RETURN lexemes::tsvector;
END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: account_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_tokens (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    purpose text NOT NULL,
    token_hash bytea NOT NULL,
    email text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    CONSTRAINT account_tokens_purpose_check CHECK ((purpose = ANY (ARRAY['verify_email'::text, 'reset_password'::text])))
);


--
-- Name: account_tokens_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.account_tokens ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.account_tokens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: attachments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attachments (
    id bigint NOT NULL,
    chat_id bigint NOT NULL,
    message_id bigint,
    user_id bigint NOT NULL,
    filename text NOT NULL,
    content_type text NOT NULL,
    size bigint NOT NULL,
    storage_key text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT attachments_filename_check CHECK (((char_length(filename) >= 1) AND (char_length(filename) <= 255))),
    CONSTRAINT attachments_size_check CHECK ((size >= 0))
);


--
-- Name: attachments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.attachments ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.attachments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: chats; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.chats (
    id bigint NOT NULL,
    is_group_chat boolean NOT NULL,
    topic text,
    avatar text,
    created_by bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_activity_at timestamp with time zone DEFAULT now() NOT NULL,
    personal_low_id bigint,
    personal_high_id bigint,
    retention_days integer,
    CONSTRAINT chats_group_has_topic CHECK (((NOT is_group_chat) OR (topic IS NOT NULL))),
    CONSTRAINT chats_personal_pair CHECK (((is_group_chat AND (personal_low_id IS NULL) AND (personal_high_id IS NULL)) OR ((NOT is_group_chat) AND (personal_low_id < personal_high_id)))),
    CONSTRAINT chats_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 36500))),
    CONSTRAINT chats_topic_check CHECK (((char_length(topic) >= 1) AND (char_length(topic) <= 200)))
);


--
-- Name: chats_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.chats ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.chats_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: exports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.exports (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    leased_until timestamp with time zone,
    finished_at timestamp with time zone,
    size bigint,
    CONSTRAINT exports_finished_whole CHECK (((finished_at IS NULL) = (size IS NULL))),
    CONSTRAINT exports_size_check CHECK ((size >= 0))
);


--
-- Name: exports_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.exports ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.exports_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: mail_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mail_outbox (
    id bigint NOT NULL,
    kind text NOT NULL,
    user_id bigint NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    next_attempt_at timestamp with time zone DEFAULT now() NOT NULL,
    claimed_until timestamp with time zone,
    attempts integer DEFAULT 0 NOT NULL,
    last_error text,
    sent_at timestamp with time zone,
    failed_at timestamp with time zone,
    CONSTRAINT mail_outbox_attempts_check CHECK ((attempts >= 0)),
    CONSTRAINT mail_outbox_kind_check CHECK ((kind = ANY (ARRAY['chat_created'::text, 'unread_digest'::text, 'mentions'::text, 'verify_email'::text, 'reset_password'::text]))),
    CONSTRAINT mail_outbox_settled_once CHECK (((sent_at IS NULL) OR (failed_at IS NULL)))
);


--
-- Name: mail_outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.mail_outbox ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.mail_outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.members (
    chat_id bigint NOT NULL,
    user_id bigint NOT NULL,
    role text DEFAULT 'member'::text NOT NULL,
    joined_at timestamp with time zone DEFAULT now() NOT NULL,
    last_read_message_id bigint DEFAULT 0 NOT NULL,
    digested_message_id bigint DEFAULT 0 NOT NULL,
    muted boolean DEFAULT false NOT NULL,
    CONSTRAINT members_digested_message_id_check CHECK ((digested_message_id >= 0)),
    CONSTRAINT members_last_read_message_id_check CHECK ((last_read_message_id >= 0)),
    CONSTRAINT members_role_check CHECK ((role = ANY (ARRAY['owner'::text, 'member'::text])))
);


--
-- Name: mention_mail_progress; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mention_mail_progress (
    id boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone NOT NULL,
    message_id bigint NOT NULL,
    user_id bigint NOT NULL,
    CONSTRAINT mention_mail_progress_id_check CHECK (id)
);


--
-- Name: mentions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mentions (
    user_id bigint NOT NULL,
    chat_id bigint NOT NULL,
    message_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: messages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.messages (
    id bigint NOT NULL,
    chat_id bigint NOT NULL,
    user_id bigint NOT NULL,
    content text NOT NULL,
    client_message_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    edited_at timestamp with time zone,
    reply_to_id bigint,
    reply_to_user_id bigint,
    reply_content text,
    forwarded_from_message_id bigint,
    forwarded_from_user_id bigint,
    forwarded_from_created_at timestamp with time zone,
    mentions bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    reaction_summary jsonb,
    pinned boolean DEFAULT false NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (public.search_document(content)) STORED,
    has_files boolean DEFAULT false NOT NULL,
    CONSTRAINT messages_content_check CHECK (((char_length(content) >= 1) AND (char_length(content) <= 4000))),
    CONSTRAINT messages_forward_whole CHECK ((((forwarded_from_message_id IS NULL) = (forwarded_from_user_id IS NULL)) AND ((forwarded_from_message_id IS NULL) = (forwarded_from_created_at IS NULL)))),
    CONSTRAINT messages_reply_whole CHECK (((reply_to_id IS NULL) = (reply_to_user_id IS NULL)))
)
WITH (autovacuum_vacuum_insert_scale_factor='0.01');


--
-- Name: messages_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.messages ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.messages_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: pins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pins (
    id bigint NOT NULL,
    chat_id bigint NOT NULL,
    message_id bigint NOT NULL,
    pinned_by bigint NOT NULL,
    pinned_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: pins_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.pins ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.pins_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reactions (
    message_id bigint NOT NULL,
    emoji text NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT reactions_emoji_check CHECK (((char_length(emoji) >= 1) AND (char_length(emoji) <= 64)))
);


--
-- Name: tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tokens (
    id bigint NOT NULL,
    token_hash bytea NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone,
    user_agent text
);


--
-- Name: tokens_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.tokens ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.tokens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    nick text,
    name text NOT NULL,
    email text,
    password_hash text,
    avatar text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    show_presence boolean DEFAULT true NOT NULL,
    last_seen_at timestamp with time zone,
    email_verified boolean DEFAULT false NOT NULL,
    deleted_at timestamp with time zone,
    deactivated_at timestamp with time zone,
    CONSTRAINT users_deleted_cleared CHECK (((deleted_at IS NULL) = ((nick IS NOT NULL) AND (email IS NOT NULL) AND (password_hash IS NOT NULL)))),
    CONSTRAINT users_email_check CHECK (((char_length(email) >= 3) AND (char_length(email) <= 254))),
    CONSTRAINT users_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 100))),
    CONSTRAINT users_nick_check CHECK ((nick ~ '^[A-Za-z0-9_.-]{5,32}$'::text))
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.users ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: account_tokens account_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_tokens
    ADD CONSTRAINT account_tokens_pkey PRIMARY KEY (id);


--
-- Name: account_tokens account_tokens_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_tokens
    ADD CONSTRAINT account_tokens_token_hash_key UNIQUE (token_hash);


--
-- Name: attachments attachments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_pkey PRIMARY KEY (id);


--
-- Name: chats chats_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chats
    ADD CONSTRAINT chats_pkey PRIMARY KEY (id);


--
-- Name: exports exports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.exports
    ADD CONSTRAINT exports_pkey PRIMARY KEY (id);


--
-- Name: mail_outbox mail_outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_outbox
    ADD CONSTRAINT mail_outbox_pkey PRIMARY KEY (id);


--
-- Name: members members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (chat_id, user_id);


--
-- Name: mention_mail_progress mention_mail_progress_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mention_mail_progress
    ADD CONSTRAINT mention_mail_progress_pkey PRIMARY KEY (id);


--
-- Name: mentions mentions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentions
    ADD CONSTRAINT mentions_pkey PRIMARY KEY (user_id, chat_id, message_id);


--
-- Name: messages messages_client_message_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.messages
    ADD CONSTRAINT messages_client_message_id_key UNIQUE (chat_id, user_id, client_message_id);


--
-- Name: messages messages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.messages
    ADD CONSTRAINT messages_pkey PRIMARY KEY (id);


--
-- Name: pins pins_message_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pins
    ADD CONSTRAINT pins_message_id_key UNIQUE (message_id);


--
-- Name: pins pins_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pins
    ADD CONSTRAINT pins_pkey PRIMARY KEY (id);


--
-- Name: reactions reactions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reactions
    ADD CONSTRAINT reactions_pkey PRIMARY KEY (message_id, emoji, user_id);


--
-- Name: tokens tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_pkey PRIMARY KEY (id);


--
-- Name: tokens tokens_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_token_hash_key UNIQUE (token_hash);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: account_tokens_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX account_tokens_user_id_idx ON public.account_tokens USING btree (user_id);


--
-- Name: attachments_chat_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachments_chat_id_idx ON public.attachments USING btree (chat_id);


--
-- Name: attachments_message_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachments_message_id_idx ON public.attachments USING btree (message_id) WHERE (message_id IS NOT NULL);


--
-- Name: attachments_storage_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachments_storage_key_idx ON public.attachments USING btree (storage_key);


--
-- Name: chats_personal_pair_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX chats_personal_pair_key ON public.chats USING btree (personal_low_id, personal_high_id) WHERE (NOT is_group_chat);


--
-- Name: exports_created_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX exports_created_at_idx ON public.exports USING btree (created_at);


--
-- Name: exports_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX exports_user_id_idx ON public.exports USING btree (user_id);


--
-- Name: mail_outbox_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_outbox_due_idx ON public.mail_outbox USING btree (next_attempt_at) WHERE ((sent_at IS NULL) AND (failed_at IS NULL));


--
-- Name: mail_outbox_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_outbox_user_id_idx ON public.mail_outbox USING btree (user_id);


--
-- Name: members_user_id_chat_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members_user_id_chat_id_idx ON public.members USING btree (user_id, chat_id);


--
-- Name: mentions_created_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentions_created_at_idx ON public.mentions USING btree (created_at, message_id, user_id);


--
-- Name: mentions_message_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentions_message_id_idx ON public.mentions USING btree (message_id);


--
-- Name: messages_chat_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX messages_chat_id_id_idx ON public.messages USING btree (chat_id, id) INCLUDE (user_id, search_vector);


--
-- Name: messages_reply_to_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX messages_reply_to_id_idx ON public.messages USING btree (reply_to_id) WHERE (reply_to_id IS NOT NULL);


--
-- Name: messages_search; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX messages_search ON public.messages USING gin (search_vector);


--
-- Name: pins_chat_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pins_chat_id_id_idx ON public.pins USING btree (chat_id, id);


--
-- Name: reactions_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reactions_user_id_idx ON public.reactions USING btree (user_id);


--
-- Name: tokens_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tokens_user_id_idx ON public.tokens USING btree (user_id);


--
-- Name: users_email_lower_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_email_lower_key ON public.users USING btree (lower(email));


--
-- Name: users_name_prefix_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_name_prefix_idx ON public.users USING btree (lower(name) text_pattern_ops);


--
-- Name: users_nick_lower_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_nick_lower_key ON public.users USING btree (lower(nick));


--
-- Name: users_nick_prefix_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_nick_prefix_idx ON public.users USING btree (lower(nick) text_pattern_ops);


--
-- Name: account_tokens account_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_tokens
    ADD CONSTRAINT account_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: attachments attachments_chat_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_chat_id_fkey FOREIGN KEY (chat_id) REFERENCES public.chats(id) ON DELETE CASCADE;


--
-- Name: attachments attachments_message_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_message_id_fkey FOREIGN KEY (message_id) REFERENCES public.messages(id) ON DELETE CASCADE;


--
-- Name: attachments attachments_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: chats chats_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chats
    ADD CONSTRAINT chats_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: chats chats_personal_high_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chats
    ADD CONSTRAINT chats_personal_high_id_fkey FOREIGN KEY (personal_high_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: chats chats_personal_low_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chats
    ADD CONSTRAINT chats_personal_low_id_fkey FOREIGN KEY (personal_low_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: exports exports_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.exports
    ADD CONSTRAINT exports_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: mail_outbox mail_outbox_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_outbox
    ADD CONSTRAINT mail_outbox_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: members members_chat_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_chat_id_fkey FOREIGN KEY (chat_id) REFERENCES public.chats(id) ON DELETE CASCADE;


--
-- Name: members members_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: mentions mentions_chat_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentions
    ADD CONSTRAINT mentions_chat_id_fkey FOREIGN KEY (chat_id) REFERENCES public.chats(id) ON DELETE CASCADE;


--
-- Name: mentions mentions_message_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentions
    ADD CONSTRAINT mentions_message_id_fkey FOREIGN KEY (message_id) REFERENCES public.messages(id) ON DELETE CASCADE;


--
-- Name: mentions mentions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentions
    ADD CONSTRAINT mentions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: messages messages_chat_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.messages
    ADD CONSTRAINT messages_chat_id_fkey FOREIGN KEY (chat_id) REFERENCES public.chats(id) ON DELETE CASCADE;


--
-- Name: messages messages_forwarded_from_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.messages
    ADD CONSTRAINT messages_forwarded_from_user_id_fkey FOREIGN KEY (forwarded_from_user_id) REFERENCES public.users(id) ON DELETE RESTRICT;


--
-- Name: messages messages_reply_to_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.messages
    ADD CONSTRAINT messages_reply_to_user_id_fkey FOREIGN KEY (reply_to_user_id) REFERENCES public.users(id) ON DELETE RESTRICT;


--
-- Name: messages messages_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.messages
    ADD CONSTRAINT messages_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE RESTRICT;


--
-- Name: pins pins_chat_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pins
    ADD CONSTRAINT pins_chat_id_fkey FOREIGN KEY (chat_id) REFERENCES public.chats(id) ON DELETE CASCADE;


--
-- Name: pins pins_message_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pins
    ADD CONSTRAINT pins_message_id_fkey FOREIGN KEY (message_id) REFERENCES public.messages(id) ON DELETE CASCADE;


--
-- Name: pins pins_pinned_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pins
    ADD CONSTRAINT pins_pinned_by_fkey FOREIGN KEY (pinned_by) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: reactions reactions_message_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reactions
    ADD CONSTRAINT reactions_message_id_fkey FOREIGN KEY (message_id) REFERENCES public.messages(id) ON DELETE CASCADE;


--
-- Name: reactions reactions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reactions
    ADD CONSTRAINT reactions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: tokens tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict messengerdump

