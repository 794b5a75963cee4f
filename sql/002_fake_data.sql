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
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (id, nick, name, email, password_hash, avatar, created_at, show_presence, last_seen_at, email_verified, deleted_at, deactivated_at) FROM stdin;
1	user0000001	Anna Müller	user0000001@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:00+00	t	\N	f	\N	\N
2	user0000002	Bruno Müller	user0000002@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:01+00	t	\N	f	\N	\N
3	user0000003	Chloé Müller	user0000003@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:02+00	t	\N	f	\N	\N
4	user0000004	Dmitri Müller	user0000004@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:03+00	t	\N	f	\N	\N
5	user0000005	Elif Müller	user0000005@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:04+00	t	\N	f	\N	\N
6	user0000006	Farah Müller	user0000006@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:05+00	t	\N	f	\N	\N
7	user0000007	Giulia Müller	user0000007@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:06+00	t	\N	f	\N	\N
8	user0000008	Hiroshi Müller	user0000008@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:07+00	t	\N	f	\N	\N
9	user0000009	Inès Müller	user0000009@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:08+00	t	\N	f	\N	\N
10	user0000010	Jonas Müller	user0000010@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:09+00	t	\N	f	\N	\N
11	user0000011	Katarzyna Müller	user0000011@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:10+00	t	\N	f	\N	\N
12	user0000012	Lars Müller	user0000012@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:11+00	t	\N	f	\N	\N
13	user0000013	María Müller	user0000013@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:12+00	t	\N	f	\N	\N
14	user0000014	Nguyễn Müller	user0000014@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:13+00	t	\N	f	\N	\N
15	user0000015	Olufemi Müller	user0000015@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:14+00	t	\N	f	\N	\N
16	user0000016	Priya Müller	user0000016@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:15+00	t	\N	f	\N	\N
17	user0000017	Quentin Müller	user0000017@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:16+00	t	\N	f	\N	\N
18	user0000018	Rūta Müller	user0000018@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:17+00	t	\N	f	\N	\N
19	user0000019	Søren Müller	user0000019@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:18+00	t	\N	f	\N	\N
20	user0000020	Tomás Müller	user0000020@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:19+00	t	\N	f	\N	\N
21	user0000021	Ursula Müller	user0000021@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:20+00	t	\N	f	\N	\N
22	user0000022	Vikram Müller	user0000022@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:21+00	t	\N	f	\N	\N
23	user0000023	Wen Müller	user0000023@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:22+00	t	\N	f	\N	\N
24	user0000024	Ximena Müller	user0000024@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:23+00	t	\N	f	\N	\N
25	user0000025	Yusuf Müller	user0000025@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:24+00	t	\N	f	\N	\N
26	user0000026	Zoë Müller	user0000026@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:25+00	t	\N	f	\N	\N
27	user0000027	Алексей Müller	user0000027@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:26+00	t	\N	f	\N	\N
28	user0000028	Σοφία Müller	user0000028@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:27+00	t	\N	f	\N	\N
29	user0000029	李娜 Müller	user0000029@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:28+00	t	\N	f	\N	\N
30	user0000030	محمد Müller	user0000030@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:29+00	t	\N	f	\N	\N
31	user0000031	Anna García	user0000031@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:30+00	t	\N	f	\N	\N
32	user0000032	Bruno García	user0000032@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:31+00	t	\N	f	\N	\N
33	user0000033	Chloé García	user0000033@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:32+00	t	\N	f	\N	\N
34	user0000034	Dmitri García	user0000034@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:33+00	t	\N	f	\N	\N
35	user0000035	Elif García	user0000035@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:34+00	t	\N	f	\N	\N
36	user0000036	Farah García	user0000036@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:35+00	t	\N	f	\N	\N
37	user0000037	Giulia García	user0000037@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:36+00	t	\N	f	\N	\N
38	user0000038	Hiroshi García	user0000038@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:37+00	t	\N	f	\N	\N
39	user0000039	Inès García	user0000039@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:38+00	t	\N	f	\N	\N
40	user0000040	Jonas García	user0000040@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:39+00	t	\N	f	\N	\N
\.


--
-- Data for Name: account_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.account_tokens (id, user_id, purpose, token_hash, email, created_at, expires_at, used_at) FROM stdin;
\.


--
-- Data for Name: chats; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.chats (id, is_group_chat, topic, avatar, created_by, created_at, last_activity_at, personal_low_id, personal_high_id, retention_days) FROM stdin;
1	t	Backend	\N	13	2026-01-01 00:00:00+00	2026-01-01 00:10:55+00	\N	\N	\N
2	t	Release train	\N	27	2026-01-01 00:00:00.01+00	2026-01-01 00:07:39.5+00	\N	\N	\N
3	t	Coffee ☕	\N	36	2026-01-01 00:00:00.02+00	2026-01-01 00:12:59.5+00	\N	\N	\N
4	f	\N	\N	6	2026-01-01 00:00:00.03+00	2026-01-01 00:12:59+00	6	11	\N
5	f	\N	\N	7	2026-01-01 00:00:00.04+00	2026-01-01 00:09:46.5+00	7	24	\N
6	f	\N	\N	13	2026-01-01 00:00:00.05+00	2026-01-01 00:12:18+00	13	25	\N
7	f	\N	\N	3	2026-01-01 00:00:00.06+00	2026-01-01 00:13:07.5+00	3	17	\N
8	t	Team Tokyo 東京	\N	35	2026-01-01 00:00:00.07+00	2026-01-01 00:09:34.5+00	\N	\N	\N
9	f	\N	\N	4	2026-01-01 00:00:00.08+00	2026-01-01 00:06:24.5+00	4	7	\N
10	f	\N	\N	13	2026-01-01 00:00:00.09+00	2026-01-01 00:08:30.5+00	13	20	\N
11	f	\N	\N	11	2026-01-01 00:00:00.1+00	2026-01-01 00:12:51+00	11	33	\N
12	t	Weekend plans	\N	5	2026-01-01 00:00:00.11+00	2026-01-01 00:11:02.5+00	\N	\N	\N
13	f	\N	\N	3	2026-01-01 00:00:00.12+00	2026-01-01 00:09:59+00	3	18	\N
14	t	Release train	\N	2	2026-01-01 00:00:00.13+00	2026-01-01 00:00:00+00	\N	\N	\N
15	f	\N	\N	9	2026-01-01 00:00:00.14+00	2026-01-01 00:10:57+00	9	16	\N
16	f	\N	\N	12	2026-01-01 00:00:00.15+00	2026-01-01 00:12:25+00	12	31	\N
17	f	\N	\N	1	2026-01-01 00:00:00.16+00	2026-01-01 00:13:25+00	1	15	\N
18	t	Random	\N	32	2026-01-01 00:00:00.17+00	2026-01-01 00:13:29.5+00	\N	\N	\N
19	t	Équipe Paris	\N	21	2026-01-01 00:00:00.18+00	2026-01-01 00:10:54+00	\N	\N	\N
20	f	\N	\N	18	2026-01-01 00:00:00.19+00	2026-01-01 00:06:29.5+00	18	24	\N
21	f	\N	\N	6	2026-01-01 00:00:00.2+00	2026-01-01 00:07:09+00	6	10	\N
22	f	\N	\N	18	2026-01-01 00:00:00.21+00	2026-01-01 00:11:25.5+00	18	19	\N
23	f	\N	\N	14	2026-01-01 00:00:00.22+00	2026-01-01 00:12:46.5+00	14	35	\N
24	t	Weekend plans	\N	38	2026-01-01 00:00:00.23+00	2026-01-01 00:10:44.5+00	\N	\N	\N
25	f	\N	\N	15	2026-01-01 00:00:00.24+00	2026-01-01 00:09:15+00	15	21	\N
26	f	\N	\N	24	2026-01-01 00:00:00.25+00	2026-01-01 00:12:47.5+00	24	34	\N
27	f	\N	\N	27	2026-01-01 00:00:00.26+00	2026-01-01 00:06:12.5+00	27	30	\N
28	f	\N	\N	6	2026-01-01 00:00:00.27+00	2026-01-01 00:10:21.5+00	6	9	\N
29	t	Ops on call	\N	39	2026-01-01 00:00:00.28+00	2026-01-01 00:12:43+00	\N	\N	\N
30	f	\N	\N	6	2026-01-01 00:00:00.29+00	2026-01-01 00:12:29.5+00	6	35	\N
31	t	Équipe Paris	\N	38	2026-01-01 00:00:00.3+00	2026-01-01 00:01:32+00	\N	\N	\N
32	t	Team Tokyo 東京	\N	9	2026-01-01 00:00:00.31+00	2026-01-01 00:00:00+00	\N	\N	\N
33	t	Book club	\N	23	2026-01-01 00:00:00.32+00	2026-01-01 00:10:26+00	\N	\N	\N
34	f	\N	\N	23	2026-01-01 00:00:00.33+00	2026-01-01 00:09:30+00	23	32	\N
35	f	\N	\N	23	2026-01-01 00:00:00.34+00	2026-01-01 00:13:08.5+00	23	36	\N
36	f	\N	\N	6	2026-01-01 00:00:00.35+00	2026-01-01 00:01:13+00	6	20	\N
37	f	\N	\N	16	2026-01-01 00:00:00.36+00	2026-01-01 00:11:45+00	16	34	\N
38	f	\N	\N	1	2026-01-01 00:00:00.37+00	2026-01-01 00:10:33+00	1	33	\N
39	f	\N	\N	8	2026-01-01 00:00:00.38+00	2026-01-01 00:01:35+00	8	27	\N
40	t	Design review	\N	25	2026-01-01 00:00:00.39+00	2026-01-01 00:00:00+00	\N	\N	\N
41	f	\N	\N	26	2026-01-01 00:00:00.4+00	2026-01-01 00:10:14+00	26	36	\N
42	f	\N	\N	5	2026-01-01 00:00:00.41+00	2026-01-01 00:13:27.5+00	5	31	\N
43	f	\N	\N	25	2026-01-01 00:00:00.42+00	2026-01-01 00:00:00+00	25	36	\N
44	f	\N	\N	34	2026-01-01 00:00:00.43+00	2026-01-01 00:11:07+00	34	37	\N
45	f	\N	\N	19	2026-01-01 00:00:00.44+00	2026-01-01 00:00:00+00	19	35	\N
46	f	\N	\N	5	2026-01-01 00:00:00.45+00	2026-01-01 00:05:44.5+00	5	29	\N
47	t	Incidents	\N	26	2026-01-01 00:00:00.46+00	2026-01-01 00:00:00+00	\N	\N	\N
48	f	\N	\N	12	2026-01-01 00:00:00.47+00	2026-01-01 00:12:56+00	12	30	\N
49	f	\N	\N	21	2026-01-01 00:00:00.48+00	2026-01-01 00:11:42+00	21	33	\N
50	f	\N	\N	5	2026-01-01 00:00:00.49+00	2026-01-01 00:10:00+00	5	12	\N
51	f	\N	\N	5	2026-01-01 00:00:00.5+00	2026-01-01 00:08:40.5+00	5	6	\N
52	f	\N	\N	4	2026-01-01 00:00:00.51+00	2026-01-01 00:11:47.5+00	4	5	\N
53	t	Ops on call	\N	22	2026-01-01 00:00:00.52+00	2026-01-01 00:11:10+00	\N	\N	\N
54	f	\N	\N	26	2026-01-01 00:00:00.53+00	2026-01-01 00:00:00+00	26	33	\N
55	t	Équipe Paris	\N	8	2026-01-01 00:00:00.54+00	2026-01-01 00:08:24+00	\N	\N	\N
56	t	Team Tokyo 東京	\N	40	2026-01-01 00:00:00.55+00	2026-01-01 00:13:12+00	\N	\N	\N
57	f	\N	\N	1	2026-01-01 00:00:00.56+00	2026-01-01 00:08:14+00	1	4	\N
58	t	Hiring	\N	28	2026-01-01 00:00:00.57+00	2026-01-01 00:00:00+00	\N	\N	\N
59	f	\N	\N	10	2026-01-01 00:00:00.58+00	2026-01-01 00:09:51.5+00	10	31	\N
60	t	Weekend plans	\N	22	2026-01-01 00:00:00.59+00	2026-01-01 00:13:24.5+00	\N	\N	\N
61	t	Backend	\N	10	2026-01-01 00:00:00.6+00	2026-01-01 00:01:07.5+00	\N	\N	\N
62	t	Release train	\N	10	2026-01-01 00:00:00.61+00	2026-01-01 00:13:11+00	\N	\N	\N
63	f	\N	\N	11	2026-01-01 00:00:00.62+00	2026-01-01 00:11:37+00	11	28	\N
64	f	\N	\N	7	2026-01-01 00:00:00.63+00	2026-01-01 00:09:02.5+00	7	15	\N
65	t	Ops on call	\N	1	2026-01-01 00:00:00.64+00	2026-01-01 00:13:28+00	\N	\N	\N
66	t	Random	\N	26	2026-01-01 00:00:00.65+00	2026-01-01 00:08:36.5+00	\N	\N	\N
67	t	Équipe Paris	\N	7	2026-01-01 00:00:00.66+00	2026-01-01 00:09:47.5+00	\N	\N	\N
68	f	\N	\N	18	2026-01-01 00:00:00.67+00	2026-01-01 00:12:18.5+00	18	35	\N
69	t	Book club	\N	36	2026-01-01 00:00:00.68+00	2026-01-01 00:11:19+00	\N	\N	\N
70	f	\N	\N	2	2026-01-01 00:00:00.69+00	2026-01-01 00:13:04.5+00	2	34	\N
71	t	Incidents	\N	39	2026-01-01 00:00:00.7+00	2026-01-01 00:00:00+00	\N	\N	\N
72	t	Weekend plans	\N	18	2026-01-01 00:00:00.71+00	2026-01-01 00:12:31.5+00	\N	\N	\N
73	t	Backend	\N	10	2026-01-01 00:00:00.72+00	2026-01-01 00:13:15+00	\N	\N	\N
74	f	\N	\N	6	2026-01-01 00:00:00.73+00	2026-01-01 00:11:54.5+00	6	37	\N
75	f	\N	\N	25	2026-01-01 00:00:00.74+00	2026-01-01 00:00:00+00	25	34	\N
76	t	Design review	\N	7	2026-01-01 00:00:00.75+00	2026-01-01 00:04:53+00	\N	\N	\N
77	f	\N	\N	9	2026-01-01 00:00:00.76+00	2026-01-01 00:06:44.5+00	9	39	\N
78	f	\N	\N	19	2026-01-01 00:00:00.77+00	2026-01-01 00:11:49+00	19	36	\N
79	f	\N	\N	8	2026-01-01 00:00:00.78+00	2026-01-01 00:12:20.5+00	8	22	\N
80	f	\N	\N	3	2026-01-01 00:00:00.79+00	2026-01-01 00:12:30+00	3	12	\N
\.


--
-- Data for Name: messages; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.messages (id, chat_id, user_id, content, client_message_id, created_at, edited_at, reply_to_id, reply_to_user_id, reply_content, forwarded_from_message_id, forwarded_from_user_id, forwarded_from_created_at, mentions, reaction_summary, pinned, has_files) FROM stdin;
1	18	32	Встреча	\N	2026-01-01 00:01:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
2	18	25	Meeting tomorrow naïve friday demo test please green 明天 ticket сообщение 🎉 straße	\N	2026-01-01 00:01:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
3	12	2	Can check you later ticket	\N	2026-01-01 00:01:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
4	18	2	Résumé demo again релиз done сообщения this build later 会议 you is tomorrow 👍 danke	\N	2026-01-01 00:01:01.5+00	\N	2	25	Meeting tomorrow naïve friday demo test please green 明天 ticket сообщение 🎉 straße	\N	\N	\N	{}	\N	f	f
5	18	19	Hello release coffee build this 👍 написал	\N	2026-01-01 00:01:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
6	18	24	The please later deploy написали lunch ready coffee again написал straße the lunch café ok	\N	2026-01-01 00:01:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
7	18	25	Сообщение later merci tomorrow later deploy café demo slides résumé ありがとう green coffee again can 👍 👍	\N	2026-01-01 00:01:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
8	18	24	Bug you 会议 👍 hello сообщения meeting	\N	2026-01-01 00:01:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [19]]]	f	f
9	18	25	会议 hello написал релиз	\N	2026-01-01 00:01:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
10	18	19	Deploy написали café написали ready release straße ready написали later	\N	2026-01-01 00:01:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
11	18	32	Can 明天 can the coffee написал ありがとう bug please сообщение release meeting 明天 明天	\N	2026-01-01 00:01:05+00	\N	10	19	Deploy написали café написали ready release straße ready написали later	\N	\N	\N	{}	\N	f	f
12	18	40	Straße	\N	2026-01-01 00:01:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
13	18	2	Deploy ありがとう hello review the bug спасибо спасибо coffee green green later is you ok build релиз gracias	\N	2026-01-01 00:01:06+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2]], ["👍", [32]], ["😂", [19]]]	f	f
14	18	32	会议 danke ok ticket спасибо straße сообщение ready bug slides green naïve	\N	2026-01-01 00:01:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
15	18	24	明天 friday gracias сообщение hello встреча résumé сообщение green please спасибо green café lunch later 明天	\N	2026-01-01 00:01:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
16	61	10	Meeting hello done ありがとう release gracias сообщения slides deploy merci meeting café bug done ticket релиз написал ありがとう	\N	2026-01-01 00:01:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
17	18	24	Gracias slides done 👍 is 🎉 green build bug you slides deploy straße ready	\N	2026-01-01 00:01:08+00	\N	15	24	明天 friday gracias сообщение hello встреча résumé сообщение green please спасибо green café lunch later 明天	\N	\N	\N	{}	\N	f	f
18	18	19	👍 deploy test the check release встреча check please demo написали 会议 danke 明天 написали the merci	\N	2026-01-01 00:01:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
19	18	32	🎉 sure demo написали done demo 会议 friday green friday the lunch tomorrow	\N	2026-01-01 00:01:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
20	1	13	Build merci the done 👍 green	\N	2026-01-01 00:01:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [9]]]	f	f
21	18	25	The	\N	2026-01-01 00:01:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
22	18	19	Hello naïve friday check ok bug later again meeting again	\N	2026-01-01 00:01:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
23	18	2	Again again 明天 ticket 🎉 coffee tomorrow café hello done danke написал coffee review написал review demo check	\N	2026-01-01 00:01:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
24	18	25	This	\N	2026-01-01 00:01:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
25	18	2	Hello написали ticket	\N	2026-01-01 00:01:12+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [19, 40]], ["🎉", [24]]]	f	f
26	18	19	Сообщения	\N	2026-01-01 00:01:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
27	36	20	会议 can you deploy danke tomorrow release спасибо сообщение review gracias ありがとう	\N	2026-01-01 00:01:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
28	18	24	Tomorrow deploy done slides slides lunch ticket	\N	2026-01-01 00:01:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
29	18	32	会议 review ok 👍 сообщение danke сообщения slides 明天 test 会议 спасибо написал build	\N	2026-01-01 00:01:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
30	18	32	Build спасибо gracias this sure test ticket meeting написал check meeting can ありがとう coffee ticket demo deploy	\N	2026-01-01 00:01:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
31	18	40	Сообщение deploy release 明天 gracias friday build 明天 please café hello ありがとう 🎉 demo again green	\N	2026-01-01 00:01:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
32	18	2	@user0000002 Friday tomorrow merci gracias сообщение сообщения hello написал hello straße hello ticket сообщения check straße релиз release meeting	\N	2026-01-01 00:01:15.5+00	\N	\N	\N	\N	\N	\N	\N	{2}	[["👍", [25, 40]], ["👀", [2]]]	f	f
33	17	1	Ok is slides hello ticket café сообщения 明天 green	\N	2026-01-01 00:01:16+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [1]], ["😂", [15]]]	f	f
34	18	19	Café hello résumé sure build спасибо done meeting sure написал check this 明天 straße	\N	2026-01-01 00:01:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
35	18	40	Danke this test café lunch this спасибо написали hello please test	\N	2026-01-01 00:01:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
36	38	1	👍 slides can написали	\N	2026-01-01 00:01:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
37	1	19	Gracias danke спасибо coffee straße green	\N	2026-01-01 00:01:18+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [19]]]	f	f
38	18	19	Demo release coffee résumé релиз спасибо résumé please hello ticket 明天 明天 check slides	\N	2026-01-01 00:01:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
39	18	2	Can sure you résumé ticket ok	\N	2026-01-01 00:01:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
40	73	26	Сообщения review this 👍 friday friday 🎉	\N	2026-01-01 00:01:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
41	18	25	Gracias сообщение résumé café résumé slides coffee deploy ありがとう 会议 merci test	\N	2026-01-01 00:01:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
42	18	2	🎉 sure ready сообщение can can friday релиз danke ok bug написал naïve	\N	2026-01-01 00:01:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [19]], ["👀", [25]], ["😂", [2]]]	f	f
43	18	32	Lunch ありがとう	\N	2026-01-01 00:01:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
44	18	25	ありがとう can gracias meeting 👍 is café 👍 résumé ありがとう friday danke сообщение ありがとう is tomorrow ありがとう	\N	2026-01-01 00:01:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
45	18	19	明天 résumé	\N	2026-01-01 00:01:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
46	8	26	Review 🎉 release later спасибо hello build review написали release сообщение 🎉 green green спасибо	\N	2026-01-01 00:01:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
47	29	39	ありがとう 👍 coffee 会议 hello 会议 ready friday ticket	\N	2026-01-01 00:01:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
48	18	32	Test ok релиз написали release ok done ありがとう написали can спасибо straße 明天 coffee	\N	2026-01-01 00:01:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
49	4	6	Gracias later 明天 you demo ready test later release done hello lunch написал 会议 test встреча ok release	\N	2026-01-01 00:01:24+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [11]]]	f	f
50	18	24	Later sure написал this	\N	2026-01-01 00:01:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [19]], ["👍", [25]], ["🙏", [32]]]	f	f
51	18	32	ありがとう bug спасибо сообщения review deploy meeting tomorrow you	\N	2026-01-01 00:01:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
52	18	19	Is coffee спасибо friday friday slides demo later résumé 🎉	\N	2026-01-01 00:01:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
53	18	19	明天 slides please build 🎉 check green straße sure hello sure написали sure green friday	\N	2026-01-01 00:01:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
54	59	31	@user0000031 Build meeting résumé this 明天 встреча 🎉 gracias green lunch bug merci ready green спасибо	\N	2026-01-01 00:01:26.5+00	\N	\N	\N	\N	\N	\N	\N	{31}	\N	f	f
55	18	25	Deploy résumé 👍 the lunch ありがとう ticket сообщения написал встреча	\N	2026-01-01 00:01:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
56	29	39	Sure merci later 明天 会议 👍 again café test gracias can this сообщения merci tomorrow 🎉	\N	2026-01-01 00:01:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
57	18	25	@user0000002 Review green сообщение demo релиз the you please 🎉 сообщения ready résumé meeting build slides can	\N	2026-01-01 00:01:28+00	\N	55	25	Deploy résumé 👍 the lunch ありがとう ticket сообщения написал встреча	\N	\N	\N	{2}	\N	f	f
58	18	25	Can 会议 please again 明天 deploy done straße	\N	2026-01-01 00:01:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
59	18	40	Meeting	\N	2026-01-01 00:01:29+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [40]]]	f	f
60	18	24	Написал написал slides deploy straße sure сообщения straße deploy	\N	2026-01-01 00:01:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
61	1	9	Tomorrow	\N	2026-01-01 00:01:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
62	60	19	Релиз ok can the is naïve demo please ok release написал merci спасибо	\N	2026-01-01 00:01:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [22]], ["😂", [37]], ["🙏", [21]]]	f	f
63	18	24	Is friday green написал релиз you ready can friday later can is is danke the bug is	\N	2026-01-01 00:01:31+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
64	18	2	Сообщения релиз	\N	2026-01-01 00:01:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
65	31	17	Slides встреча test написал straße again ready сообщения 会议 friday friday ok bug release merci coffee ready review	\N	2026-01-01 00:01:32+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [17]]]	f	f
66	73	10	Ok deploy 👍 please	\N	2026-01-01 00:01:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
894	18	32	明天 tomorrow the later	\N	2026-01-01 00:08:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
67	18	24	会议 the can danke you straße friday coffee release you ok this встреча встреча demo	\N	2026-01-01 00:01:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
68	18	32	Review bug	\N	2026-01-01 00:01:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
69	18	19	Сообщения релиз	\N	2026-01-01 00:01:34+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [19, 24, 40]]]	f	f
70	6	25	Review you tomorrow demo	\N	2026-01-01 00:01:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
71	39	8	Tomorrow demo check lunch again lunch	\N	2026-01-01 00:01:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
72	18	19	You review tomorrow again release bug you build coffee sure 会议 can meeting	\N	2026-01-01 00:01:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
73	29	39	Ok done again ok 明天	\N	2026-01-01 00:01:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
74	17	15	Danke straße deploy 👍	\N	2026-01-01 00:01:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
75	18	24	Сообщения please bug straße lunch sure release later this merci check the написали	\N	2026-01-01 00:01:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
76	1	13	明天 demo check встреча the test release release спасибо встреча you test the sure danke 👍 résumé résumé	\N	2026-01-01 00:01:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
77	18	19	Sure bug tomorrow later naïve check naïve résumé bug deploy later the is	\N	2026-01-01 00:01:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
78	18	32	Coffee slides later написали review again is tomorrow 🎉 сообщение ready done 👍 meeting again сообщения coffee demo	\N	2026-01-01 00:01:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24]], ["👍", [2]], ["😂", [32]]]	f	f
79	18	19	Again 🎉 👍 danke friday the is review release 👍 написали test is сообщение	\N	2026-01-01 00:01:39+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [40]]]	f	f
80	18	19	Написали please спасибо tomorrow later спасибо the coffee green	\N	2026-01-01 00:01:39.5+00	\N	79	19	Again 🎉 👍 danke friday the is review release 👍 написали test is сообщение	\N	\N	\N	{}	\N	f	f
81	18	40	Check test is the deploy ready 👍 🎉 review is	\N	2026-01-01 00:01:40+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2]]]	f	f
82	18	2	Done build 🎉 ok написал 会议 ありがとう спасибо merci	\N	2026-01-01 00:01:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
83	18	24	The встреча is сообщение naïve slides please is café café	\N	2026-01-01 00:01:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
84	18	40	Gracias danke спасибо coffee straße green	\N	2026-01-01 00:01:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
85	18	24	Coffee 会议 this	\N	2026-01-01 00:01:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
86	46	29	Straße ありがとう ありがとう ok deploy coffee coffee сообщения danke friday slides ありがとう сообщение	\N	2026-01-01 00:01:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
87	73	10	Demo this is again résumé hello	\N	2026-01-01 00:01:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
88	18	32	Danke ready review green написали build релиз спасибо	\N	2026-01-01 00:01:43.5+00	\N	85	24	Coffee 会议 this	\N	\N	\N	{}	\N	f	f
89	17	15	Green again ok gracias check tomorrow please this naïve 🎉 hello check later ready sure сообщение	\N	2026-01-01 00:01:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
90	18	24	Hello bug again later merci встреча	\N	2026-01-01 00:01:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
91	18	2	Test ok please hello demo ready slides demo	\N	2026-01-01 00:01:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
92	18	19	You release 会议 сообщения demo сообщение slides café сообщения сообщения релиз	\N	2026-01-01 00:01:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
93	18	2	Straße сообщение 🎉 сообщение build gracias	\N	2026-01-01 00:01:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
94	18	32	Написал this ok demo встреча deploy green спасибо 👍 deploy the спасибо	\N	2026-01-01 00:01:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
95	18	32	Done ticket сообщения slides	\N	2026-01-01 00:01:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
96	18	40	Review написали gracias you build	\N	2026-01-01 00:01:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
97	18	2	Сообщения gracias merci the later demo 🎉 this sure	\N	2026-01-01 00:01:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
98	18	24	Встреча again сообщения ok	\N	2026-01-01 00:01:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24]]]	f	f
99	18	25	Hello сообщения the sure is release встреча deploy check написал straße написал this done build	\N	2026-01-01 00:01:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
100	68	35	Is ok release later résumé	\N	2026-01-01 00:01:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
101	1	18	Coffee 🎉 👍 gracias deploy написал can 会议 сообщение the check please please test gracias	\N	2026-01-01 00:01:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
102	73	10	明天	\N	2026-01-01 00:01:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [32]]]	f	f
103	18	32	Написали спасибо merci merci написал sure	\N	2026-01-01 00:01:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
104	18	2	Later lunch спасибо café hello 🎉 this friday 👍 review написали	\N	2026-01-01 00:01:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
105	18	2	Встреча lunch test ありがとう deploy hello спасибо straße 会议 résumé résumé you встреча 🎉 ok	\N	2026-01-01 00:01:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
106	18	24	Спасибо hello	\N	2026-01-01 00:01:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [19]], ["😂", [25]], ["🙏", [40]]]	f	f
107	18	2	Build написали bug is релиз 明天 会议	\N	2026-01-01 00:01:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
108	18	24	Danke merci café tomorrow check résumé later написал ok	\N	2026-01-01 00:01:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
109	18	24	Naïve 明天 🎉 check danke straße	\N	2026-01-01 00:01:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
110	18	24	Lunch ありがとう can ok 会议 release naïve	\N	2026-01-01 00:01:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
111	18	25	明天 demo slides gracias сообщения deploy green ticket meeting lunch написали встреча bug спасибо 会议 review can ok	\N	2026-01-01 00:01:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
112	18	24	🎉 this can release bug this can ticket can ありがとう test	\N	2026-01-01 00:01:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
113	18	19	Ticket	\N	2026-01-01 00:01:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
114	18	24	Build is спасибо meeting tomorrow straße	\N	2026-01-01 00:01:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24]]]	f	f
115	18	24	Release 👍 danke	\N	2026-01-01 00:01:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
116	18	2	The please later deploy написали lunch ready coffee again написал straße the lunch café ok	\N	2026-01-01 00:01:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
117	18	25	👍	\N	2026-01-01 00:01:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
118	18	40	Ready this check slides review this sure friday straße please sure release релиз please	\N	2026-01-01 00:01:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
119	18	40	The написали slides test сообщение	\N	2026-01-01 00:01:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
120	62	7	Ok	\N	2026-01-01 00:01:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
121	60	21	Ok demo review 明天	\N	2026-01-01 00:02:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
122	18	24	Deploy can café this coffee tomorrow deploy release 👍 merci the ticket 🎉 написал friday	\N	2026-01-01 00:02:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
123	17	1	Done bug coffee 👍 coffee danke сообщения meeting lunch релиз	\N	2026-01-01 00:02:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
124	18	2	明天 gracias hello straße build the is meeting the demo hello 🎉 написал test ticket review	\N	2026-01-01 00:02:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
125	18	24	ありがとう спасибо спасибо this check ok done build café again написали release again спасибо straße straße lunch	\N	2026-01-01 00:02:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
126	18	2	Meeting	\N	2026-01-01 00:02:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [2, 19]], ["🙏", [40]]]	f	f
127	18	40	Check later later tomorrow ありがとう is résumé спасибо meeting bug merci написал tomorrow release	\N	2026-01-01 00:02:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
128	18	19	ありがとう ok the merci сообщение danke naïve please build naïve test	\N	2026-01-01 00:02:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
129	80	12	Review	\N	2026-01-01 00:02:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
130	18	40	Is build friday 👍 later this 🎉 написали is demo tomorrow ありがとう deploy	\N	2026-01-01 00:02:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
131	18	19	Naïve you 会议 сообщение you 会议 спасибо check green gracias demo сообщение сообщение build sure naïve deploy	\N	2026-01-01 00:02:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
132	18	40	Again встреча test release this спасибо meeting check can slides is coffee build написал gracias tomorrow	\N	2026-01-01 00:02:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
133	18	2	@user0000019 Hello slides friday merci deploy meeting sure tomorrow ok	\N	2026-01-01 00:02:06+00	\N	\N	\N	\N	\N	\N	\N	{19}	\N	f	f
134	17	1	Bug build	\N	2026-01-01 00:02:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
135	18	2	Hello danke релиз test сообщение naïve lunch résumé friday ticket 👍 ありがとう спасибо	\N	2026-01-01 00:02:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
136	18	19	@user0000025 Bug green 会议 ready café café coffee later demo сообщение demo green please is merci ありがとう	\N	2026-01-01 00:02:07.5+00	\N	\N	\N	\N	\N	\N	\N	{25}	\N	f	f
137	18	40	Сообщение later merci tomorrow later deploy café demo slides résumé ありがとう green coffee again can 👍 👍	\N	2026-01-01 00:02:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
138	18	24	Straße later demo is check написал friday tomorrow merci coffee	\N	2026-01-01 00:02:08.5+00	\N	137	40	Сообщение later merci tomorrow later deploy café demo slides résumé ありがとう green coffee again can 👍 👍	\N	\N	\N	{}	\N	f	f
139	18	2	Сообщение ready ありがとう tomorrow sure can 会议	\N	2026-01-01 00:02:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
140	80	3	ありがとう this 👍 review sure later review ticket 🎉 написали ok you сообщения done bug	\N	2026-01-01 00:02:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
141	18	32	Сообщение the сообщение ok friday lunch again meeting later this release	\N	2026-01-01 00:02:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
142	18	2	Is this coffee 🎉 coffee ticket	\N	2026-01-01 00:02:10.5+00	\N	141	32	Сообщение the сообщение ok friday lunch again meeting later this release	\N	\N	\N	{}	\N	f	f
1054	5	7	Написали встреча написали	\N	2026-01-01 00:09:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
143	18	24	Merci ticket the demo сообщение résumé lunch demo is	\N	2026-01-01 00:02:11+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24]], ["👍", [32]], ["🙏", [19]]]	f	f
144	18	19	Can done done deploy café deploy ready green встреча green сообщение you bug 🎉 🎉 сообщение tomorrow	\N	2026-01-01 00:02:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
145	18	25	Sure this сообщения demo написали merci 会议 написали lunch coffee сообщение sure later check slides build	\N	2026-01-01 00:02:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
146	17	1	Review straße deploy straße 会议 check is 👍 done straße спасибо café ok straße	\N	2026-01-01 00:02:12.5+00	\N	134	1	Bug build	\N	\N	\N	{}	\N	f	f
147	46	29	Сообщение сообщения please naïve check ready green straße 会议 danke написал naïve straße	\N	2026-01-01 00:02:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
148	18	19	会议 написал straße lunch lunch	\N	2026-01-01 00:02:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
149	73	26	The lunch deploy release friday 明天 the ok the check can résumé résumé test coffee can check	\N	2026-01-01 00:02:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
150	18	2	Later review ありがとう release	\N	2026-01-01 00:02:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [19]]]	f	f
151	18	19	Résumé	\N	2026-01-01 00:02:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
152	18	24	Встреча release is you danke 会议 check is is check 会议 🎉 slides	\N	2026-01-01 00:02:15.5+00	\N	151	19	Résumé	\N	\N	\N	{}	\N	f	f
153	18	40	Hello café ありがとう ready написали hello green please	\N	2026-01-01 00:02:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
154	44	34	🎉 🎉	\N	2026-01-01 00:02:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
155	18	24	Встреча встреча hello done tomorrow this сообщения again later meeting coffee	\N	2026-01-01 00:02:17+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [40]], ["👀", [32]], ["😂", [19]]]	f	f
156	18	32	Сообщение this this release hello релиз you done café	\N	2026-01-01 00:02:17.5+00	\N	155	24	Встреча встреча hello done tomorrow this сообщения again later meeting coffee	\N	\N	\N	{}	\N	f	f
157	29	29	明天 🎉 review релиз danke встреча	\N	2026-01-01 00:02:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
158	18	25	@user0000002 Release встреча gracias написал 👍 hello	\N	2026-01-01 00:02:18.5+00	\N	\N	\N	\N	\N	\N	\N	{2}	[["🎉", [32]], ["👍", [19]], ["😂", [2]]]	f	f
159	30	6	明天 сообщение check coffee later bug this café bug	\N	2026-01-01 00:02:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
160	18	32	Danke slides the	\N	2026-01-01 00:02:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
161	11	33	This lunch сообщения сообщения ok сообщения naïve hello meeting встреча deploy slides ありがとう 👍 build can	\N	2026-01-01 00:02:20+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [11]]]	f	f
162	18	40	Сообщение slides gracias	\N	2026-01-01 00:02:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
163	18	19	Straße the	\N	2026-01-01 00:02:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
164	18	2	Написали this build	\N	2026-01-01 00:02:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
165	26	34	Bug slides you	\N	2026-01-01 00:02:22+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [24]], ["🙏", [34]]]	f	f
166	18	19	Café	\N	2026-01-01 00:02:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2]], ["👀", [40]]]	f	f
167	18	25	Coffee meeting релиз написал résumé lunch please	\N	2026-01-01 00:02:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
168	19	18	Sure naïve later check green meeting tomorrow ready résumé build	\N	2026-01-01 00:02:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
368	18	2	🎉 danke спасибо ticket	\N	2026-01-01 00:04:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [25]]]	f	f
169	13	3	Again can gracias gracias résumé sure straße gracias please 会议 review	\N	2026-01-01 00:02:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
170	18	40	Coffee review demo coffee green the merci résumé lunch написали release bug build встреча	\N	2026-01-01 00:02:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
171	18	40	Later please ready ticket ready bug спасибо later tomorrow danke this later 明天 café this straße	\N	2026-01-01 00:02:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
172	29	4	Meeting встреча написал ありがとう lunch check	\N	2026-01-01 00:02:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
173	18	19	会议 test again friday ありがとう straße slides спасибо the meeting friday gracias check сообщение	\N	2026-01-01 00:02:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
174	73	10	Coffee straße lunch is résumé сообщения straße написали merci naïve ticket please 会议	\N	2026-01-01 00:02:26.5+00	\N	149	26	The lunch deploy release friday 明天 the ok the check can résumé résumé test coffee can check	\N	\N	\N	{}	\N	f	f
175	64	15	Tomorrow 👍 the demo 🎉 lunch	\N	2026-01-01 00:02:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
176	18	19	Danke café later you is написал can the релиз check this meeting ready danke later ありがとう	\N	2026-01-01 00:02:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [2]]]	f	f
177	17	1	Later friday	\N	2026-01-01 00:02:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
178	18	19	Сообщения 🎉 slides check again is straße 👍 🎉 deploy done this ありがとう the спасибо lunch hello straße	\N	2026-01-01 00:02:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
179	18	32	Slides café review release merci	\N	2026-01-01 00:02:29+00	\N	178	19	Сообщения 🎉 slides check again is straße 👍 🎉 deploy done this ありがとう the спасибо lunch hello straße	\N	\N	\N	{}	[["👀", [24]], ["🙏", [32]]]	f	f
180	18	40	Meeting build ok спасибо написал you	\N	2026-01-01 00:02:29.5+00	\N	179	32	Slides café review release merci	\N	\N	\N	{}	\N	f	f
181	18	25	You ticket café ticket tomorrow спасибо 会议 会议 спасибо green написал	\N	2026-01-01 00:02:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
182	18	2	Сообщение is 会议 ok straße встреча спасибо спасибо 明天 test green review ticket	\N	2026-01-01 00:02:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
183	18	32	You you can релиз	\N	2026-01-01 00:02:31+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24, 40]]]	f	f
184	73	27	Release написал demo café	\N	2026-01-01 00:02:31.5+00	\N	174	10	Coffee straße lunch is résumé сообщения straße написали merci naïve ticket please 会议	\N	\N	\N	{}	\N	f	f
185	41	36	Gracias later 明天 you demo ready test later release done hello lunch написал 会议 test встреча ok release	\N	2026-01-01 00:02:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
186	29	4	Demo straße green tomorrow lunch ready	\N	2026-01-01 00:02:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
187	73	32	Ticket sure	\N	2026-01-01 00:02:33+00	\N	184	27	Release написал demo café	\N	\N	\N	{}	[["❤️", [32]]]	f	f
188	18	40	Сообщение the сообщение ok friday lunch again meeting later this release	\N	2026-01-01 00:02:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [40]], ["😂", [32]]]	f	f
189	18	40	Slides встреча test написал straße again ready сообщения 会议 friday friday ok bug release merci coffee ready review	\N	2026-01-01 00:02:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
190	18	24	会议 сообщения 会议 meeting сообщения can build 明天	\N	2026-01-01 00:02:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
191	80	3	The please merci написали danke naïve check deploy meeting 👍 done test straße build résumé hello 明天 slides	\N	2026-01-01 00:02:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
192	18	40	Release again 明天 ok later résumé gracias the	\N	2026-01-01 00:02:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
193	18	40	@user0000040 Test	\N	2026-01-01 00:02:36+00	\N	\N	\N	\N	\N	\N	\N	{40}	\N	f	f
194	17	1	Релиз deploy meeting green the café build сообщение demo	\N	2026-01-01 00:02:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [15]], ["😂", [1]]]	f	f
195	18	2	Release спасибо résumé later	\N	2026-01-01 00:02:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
196	18	25	Release ready написал again coffee friday later you review 明天 сообщения can	\N	2026-01-01 00:02:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
197	18	25	Deploy café встреча сообщение again straße 👍 slides	\N	2026-01-01 00:02:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
198	17	15	Merci slides 🎉 gracias review релиз ありがとう	\N	2026-01-01 00:02:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
199	73	39	Again встреча test release this спасибо meeting check can slides is coffee build написал gracias tomorrow	\N	2026-01-01 00:02:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
200	11	11	Café сообщение friday написал gracias ok gracias meeting again bug done done build hello 👍 again café	\N	2026-01-01 00:02:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
201	18	2	Résumé bug review café please	\N	2026-01-01 00:02:40+00	\N	197	25	Deploy café встреча сообщение again straße 👍 slides	\N	\N	\N	{}	\N	f	f
202	18	24	@user0000002 Tomorrow slides	\N	2026-01-01 00:02:40.5+00	\N	\N	\N	\N	\N	\N	\N	{2}	\N	f	f
203	68	35	Naïve lunch is again 👍 релиз slides meeting написали написал you again написали	\N	2026-01-01 00:02:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
204	18	25	Ok danke done deploy 👍 demo build sure 明天 please	\N	2026-01-01 00:02:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
205	73	10	Résumé tomorrow later merci later ready релиз ok naïve release 🎉 review	\N	2026-01-01 00:02:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
206	18	32	Test сообщение 👍 merci hello review release done релиз build tomorrow done написал	\N	2026-01-01 00:02:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
207	70	2	Later straße tomorrow the this встреча the deploy tomorrow спасибо ありがとう сообщение demo review green	\N	2026-01-01 00:02:43+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [34]], ["😂", [2]]]	f	f
208	18	19	Friday again ticket bug can meeting review build gracias coffee 🎉 gracias ready done	\N	2026-01-01 00:02:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [40]], ["👍", [2]]]	f	f
209	18	19	Релиз 会议 сообщение ready tomorrow	\N	2026-01-01 00:02:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
210	73	26	Сообщение	\N	2026-01-01 00:02:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
211	18	25	The	\N	2026-01-01 00:02:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
212	18	24	Naïve friday	\N	2026-01-01 00:02:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
213	29	1	Ok ありがとう done is meeting this merci build can 🎉 🎉 написали café friday ありがとう встреча ticket	\N	2026-01-01 00:02:46+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [29]]]	f	f
214	18	40	Tomorrow 👍 danke slides test is slides sure hello ok test test merci this later can hello can	\N	2026-01-01 00:02:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24, 25]], ["👍", [2]]]	f	f
215	60	22	Please 会议 tomorrow check	\N	2026-01-01 00:02:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
216	57	4	会议 test later demo done the sure check сообщения deploy done build	\N	2026-01-01 00:02:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
217	18	32	Сообщение tomorrow you check deploy lunch hello gracias slides написал the	\N	2026-01-01 00:02:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
218	18	40	Ok 会议 сообщения	\N	2026-01-01 00:02:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
219	18	40	明天 résumé	\N	2026-01-01 00:02:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
220	18	19	Merci lunch please review 明天 green сообщения café sure please	\N	2026-01-01 00:02:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
221	18	19	Test ありがとう release done	\N	2026-01-01 00:02:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
222	18	40	Tomorrow deploy done slides slides lunch ticket	\N	2026-01-01 00:02:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
223	73	39	The demo slides gracias	\N	2026-01-01 00:02:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
224	18	2	Can café test deploy naïve ticket slides coffee friday review can	\N	2026-01-01 00:02:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
225	18	32	Build написали green is please bug this release please is	\N	2026-01-01 00:02:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
226	17	1	明天 сообщения ready ticket deploy friday is gracias 明天 is can slides done встреча merci lunch	\N	2026-01-01 00:02:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
227	18	25	Danke ok ticket спасибо написали написал friday please test demo done сообщения	\N	2026-01-01 00:02:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
228	18	2	Again done demo ready done meeting спасибо later спасибо написал написали hello coffee bug	\N	2026-01-01 00:02:53.5+00	\N	227	25	Danke ok ticket спасибо написали написал friday please test demo done сообщения	\N	\N	\N	{}	\N	f	f
229	68	18	Gracias green straße later is 👍	\N	2026-01-01 00:02:54+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [35]]]	f	f
230	18	25	Ticket friday tomorrow релиз the написали 明天 you build 会议 check naïve merci naïve this	\N	2026-01-01 00:02:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
231	73	10	Ok bug релиз ありがとう merci bug test build	\N	2026-01-01 00:02:55+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [39]]]	f	f
232	68	18	Сообщения ok green again meeting slides спасибо tomorrow ありがとう 👍 review café friday tomorrow can ticket	\N	2026-01-01 00:02:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [18]], ["👀", [35]]]	f	f
233	18	19	Please спасибо сообщение review demo slides написали	\N	2026-01-01 00:02:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
234	18	32	Danke straße сообщение build написали	\N	2026-01-01 00:02:56.5+00	\N	233	19	Please спасибо сообщение review demo slides написали	\N	\N	\N	{}	\N	f	f
235	16	31	Написал 🎉 green naïve	\N	2026-01-01 00:02:57+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [31]], ["🙏", [12]]]	f	f
236	18	40	Release check написал again résumé встреча coffee	\N	2026-01-01 00:02:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
237	18	40	Tomorrow bug is tomorrow demo 🎉 сообщения 明天	\N	2026-01-01 00:02:58+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25, 32]], ["👍", [24]]]	f	f
238	18	19	Please сообщение please ready 🎉 сообщение slides build coffee ok 明天 ok later check ready again ready 会议	\N	2026-01-01 00:02:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
239	18	19	Review сообщения danke ready deploy ticket test 明天 сообщения café	\N	2026-01-01 00:02:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
369	18	25	Спасибо	\N	2026-01-01 00:04:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
240	18	2	Is straße ありがとう сообщения 🎉 встреча check résumé релиз	\N	2026-01-01 00:02:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
241	18	24	Bug написали can сообщения straße merci danke release the сообщение	\N	2026-01-01 00:03:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
242	18	32	Green merci this sure later написал naïve 👍 this café ready написали green ready slides review ticket	\N	2026-01-01 00:03:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
243	18	25	Релиз 会议 сообщение ready tomorrow	\N	2026-01-01 00:03:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
244	18	2	Сообщения again tomorrow 👍 naïve please you slides tomorrow ok again ready green bug написали сообщения релиз	\N	2026-01-01 00:03:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
245	18	2	Deploy slides спасибо deploy ありがとう friday friday bug résumé test deploy ready релиз релиз demo you 会议	\N	2026-01-01 00:03:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
246	18	25	明天 later review you café coffee test slides merci 会议 please спасибо done review	\N	2026-01-01 00:03:02.5+00	\N	245	2	Deploy slides спасибо deploy ありがとう friday friday bug résumé test deploy ready релиз релиз demo you 会议	\N	\N	\N	{}	\N	f	f
247	18	25	Lunch релиз demo написали danke coffee review straße bug straße review	\N	2026-01-01 00:03:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
248	18	19	Café meeting green coffee please again sure встреча ok this coffee релиз	\N	2026-01-01 00:03:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
249	17	1	Deploy done bug релиз ok naïve danke deploy gracias hello	\N	2026-01-01 00:03:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
250	21	6	Gracias deploy ready check build tomorrow 👍 会议 написали green résumé 👍 deploy green danke	\N	2026-01-01 00:03:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [10]], ["😂", [6]]]	f	f
251	18	24	You naïve	\N	2026-01-01 00:03:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
252	70	2	Coffee coffee build green hello hello ok встреча	\N	2026-01-01 00:03:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
253	18	40	Café 明天 green	\N	2026-01-01 00:03:06+00	\N	251	24	You naïve	\N	\N	\N	{}	\N	f	f
254	18	2	Сообщения demo review	\N	2026-01-01 00:03:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
255	57	1	Встреча the встреча done done résumé спасибо	\N	2026-01-01 00:03:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
256	18	25	明天 you slides	\N	2026-01-01 00:03:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
257	29	1	The lunch сообщения done this сообщение release релиз 🎉 green	\N	2026-01-01 00:03:08+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [1, 39]], ["👀", [29]]]	f	f
258	15	16	Sure 会议 ready 👍 спасибо review is	\N	2026-01-01 00:03:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
259	73	32	Встреча tomorrow ok can the danke ありがとう	\N	2026-01-01 00:03:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
260	17	15	Tomorrow ありがとう release release 明天 build please later sure straße	\N	2026-01-01 00:03:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
261	35	23	Meeting résumé straße сообщение ready check slides	\N	2026-01-01 00:03:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
262	18	24	Tomorrow naïve написали review 会议 demo ticket you slides	\N	2026-01-01 00:03:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
263	18	2	Bug can friday sure danke ありがとう this	\N	2026-01-01 00:03:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
264	18	32	Gracias	\N	2026-01-01 00:03:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
265	18	40	@user0000002 Встреча ticket demo release please релиз 👍 you gracias straße later check this sure 明天 merci 会议 the	\N	2026-01-01 00:03:12+00	\N	\N	\N	\N	\N	\N	\N	{2}	\N	f	f
266	18	32	Meeting café 👍 this straße	\N	2026-01-01 00:03:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [24]], ["👀", [2]], ["👍", [40]]]	f	f
267	18	2	Danke ticket 会议 merci сообщения ticket is coffee this green test релиз slides merci встреча build	\N	2026-01-01 00:03:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
268	18	19	Написали please coffee coffee 明天 👍 встреча deploy straße релиз	\N	2026-01-01 00:03:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
269	18	32	Сообщение release you	\N	2026-01-01 00:03:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
270	12	35	Hello написал the 👍 明天 green done danke спасибо review	\N	2026-01-01 00:03:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
271	29	1	Please merci test please danke написал bug написали this is написали gracias danke demo	\N	2026-01-01 00:03:15+00	\N	257	1	The lunch сообщения done this сообщение release релиз 🎉 green	\N	\N	\N	{}	\N	f	f
272	18	19	Deploy merci you build deploy tomorrow 👍 check you	\N	2026-01-01 00:03:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
273	18	25	Tomorrow again release bug 明天 this release please merci bug	\N	2026-01-01 00:03:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
274	18	19	Gracias gracias check again ticket	\N	2026-01-01 00:03:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
275	18	24	Later сообщение sure test review gracias сообщение ok résumé	\N	2026-01-01 00:03:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
276	18	32	明天 later review is gracias 👍 明天 релиз 👍 sure	\N	2026-01-01 00:03:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
277	18	19	Can сообщение ticket	\N	2026-01-01 00:03:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
278	18	32	Is release спасибо встреча ticket спасибо hello 🎉 сообщения	\N	2026-01-01 00:03:18.5+00	\N	277	19	Can сообщение ticket	\N	\N	\N	{}	\N	f	f
279	18	40	Résumé 👍 can later you is bug please deploy sure встреча straße you 👍 gracias 👍 please merci	\N	2026-01-01 00:03:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
280	18	2	会议 can	\N	2026-01-01 00:03:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
281	18	19	Coffee review demo coffee green the merci résumé lunch написали release bug build встреча	\N	2026-01-01 00:03:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
282	18	2	Gracias написал сообщение résumé test café hello gracias danke you is 🎉 🎉 friday сообщения this slides again	\N	2026-01-01 00:03:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
283	18	19	Спасибо 会议 build встреча you merci 🎉 🎉 is you is	\N	2026-01-01 00:03:21+00	\N	282	2	Gracias написал сообщение résumé test café hello gracias danke you is 🎉 🎉 friday сообщения this slides again	\N	\N	\N	{}	\N	f	f
284	79	8	Ok demo can café release please ready lunch review test test	\N	2026-01-01 00:03:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
285	18	25	Résumé	\N	2026-01-01 00:03:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
286	13	3	This tomorrow спасибо review the встреча написали review спасибо merci is встреча lunch straße ready hello	\N	2026-01-01 00:03:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
287	17	1	Résumé friday	\N	2026-01-01 00:03:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
288	18	2	Demo straße green tomorrow lunch ready	\N	2026-01-01 00:03:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
289	18	19	Sure	\N	2026-01-01 00:03:24+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [24]], ["👀", [19]]]	f	f
290	18	2	Bug gracias	\N	2026-01-01 00:03:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
291	18	2	The green 🎉 明天 done	\N	2026-01-01 00:03:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
370	18	40	Сообщения friday ready test you check 👍 release test ticket review straße lunch	\N	2026-01-01 00:04:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
292	18	25	Deploy 🎉 coffee спасибо bug hello green release ありがとう релиз спасибо релиз test can you green the merci	\N	2026-01-01 00:03:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
293	68	35	Naïve please again slides again the later написал ありがとう this bug	\N	2026-01-01 00:03:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
294	18	19	You ready résumé later hello danke 明天 hello sure ready ticket написали naïve release deploy again review	\N	2026-01-01 00:03:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [25]]]	f	f
295	49	21	Сообщение 明天 straße meeting	\N	2026-01-01 00:03:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
296	18	25	Coffee check ticket meeting ready review naïve you lunch naïve gracias slides sure	\N	2026-01-01 00:03:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [2]]]	f	f
297	18	2	You sure спасибо naïve done hello green can написал meeting done ready 🎉 написал	\N	2026-01-01 00:03:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
298	12	5	Friday slides sure you	\N	2026-01-01 00:03:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2]], ["🎉", [4]], ["👀", [5]]]	f	f
299	73	27	明天 🎉 later naïve ok 会议 lunch later ok slides café can again	\N	2026-01-01 00:03:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
300	18	25	Again done demo ready done meeting спасибо later спасибо написал написали hello coffee bug	\N	2026-01-01 00:03:29.5+00	\N	297	2	You sure спасибо naïve done hello green can написал meeting done ready 🎉 написал	\N	\N	\N	{}	\N	f	f
301	18	19	Is you deploy lunch bug build check спасибо later написали test résumé merci	\N	2026-01-01 00:03:30+00	\N	300	25	Again done demo ready done meeting спасибо later спасибо написал написали hello coffee bug	\N	\N	\N	{}	\N	f	f
302	18	32	Написали friday check deploy friday	\N	2026-01-01 00:03:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
303	18	25	Lunch test bug friday demo straße сообщение tomorrow naïve lunch deploy tomorrow ready friday café release	\N	2026-01-01 00:03:31+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [19]]]	f	f
304	18	40	Написал this ok demo встреча deploy green спасибо 👍 deploy the спасибо	\N	2026-01-01 00:03:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [19, 25]]]	f	f
305	18	40	Again hello	\N	2026-01-01 00:03:32+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [32]], ["👀", [2]], ["😂", [25]]]	f	f
306	18	24	Green	\N	2026-01-01 00:03:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
307	18	32	Friday релиз написали coffee встреча meeting is 👍 bug sure lunch спасибо naïve встреча	\N	2026-01-01 00:03:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
308	18	2	Встреча tomorrow ok can the danke ありがとう	\N	2026-01-01 00:03:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [2]], ["🙏", [40]]]	f	f
309	18	40	Can done review is ready friday review ready this friday bug release 会议 later build hello	\N	2026-01-01 00:03:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
310	18	2	Review straße the ticket bug coffee gracias coffee danke сообщение build ticket lunch написал	\N	2026-01-01 00:03:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
311	73	26	Спасибо demo lunch сообщения	\N	2026-01-01 00:03:35+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [32]], ["🙏", [27]]]	f	f
312	29	39	Merci merci café	\N	2026-01-01 00:03:35.5+00	\N	271	1	Please merci test please danke написал bug написали this is написали gracias danke demo	\N	\N	\N	{}	\N	f	f
313	18	32	Slides 👍 green ticket hello	\N	2026-01-01 00:03:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
314	18	19	Café написали 会议 deploy is danke the написали coffee coffee café 🎉	\N	2026-01-01 00:03:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
315	18	2	Build green naïve friday is hello please meeting the 👍 you ready please demo ticket gracias review green	\N	2026-01-01 00:03:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
316	18	25	Встреча написал написал sure	\N	2026-01-01 00:03:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
317	18	2	Hello review résumé demo naïve merci 会议 check this 明天 is спасибо встреча спасибо	\N	2026-01-01 00:03:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
318	18	40	Is 明天 sure check danke release the 会议 naïve 明天 🎉 danke hello gracias ok	\N	2026-01-01 00:03:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [19, 24]]]	f	f
319	18	19	Straße bug review написали ありがとう green done написали the again ready demo this release bug coffee	\N	2026-01-01 00:03:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
320	18	25	Hello sure 会议 later you you résumé спасибо naïve naïve ありがとう naïve gracias deploy check спасибо	\N	2026-01-01 00:03:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [2]]]	f	f
321	18	24	Lunch сообщение you	\N	2026-01-01 00:03:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
322	18	40	ありがとう done спасибо café build	\N	2026-01-01 00:03:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2]], ["🙏", [25]]]	f	f
323	18	24	Hello danke friday merci done сообщения review 🎉 danke review meeting test is	\N	2026-01-01 00:03:41+00	\N	322	40	ありがとう done спасибо café build	\N	\N	\N	{}	\N	f	f
324	6	25	Release ok	\N	2026-01-01 00:03:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
325	18	40	Написали спасибо merci merci написал sure	\N	2026-01-01 00:03:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
326	18	40	Demo	\N	2026-01-01 00:03:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
327	69	27	@user0000033 Meeting slides test demo friday	\N	2026-01-01 00:03:43+00	\N	\N	\N	\N	\N	\N	\N	{33}	[["❤️", [36]], ["👀", [21]], ["👍", [27]]]	f	f
328	62	33	Check résumé спасибо review café demo straße coffee check meeting	\N	2026-01-01 00:03:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
329	18	19	👍	\N	2026-01-01 00:03:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
330	18	32	Green спасибо is danke test this résumé sure спасибо test green you	\N	2026-01-01 00:03:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
331	18	19	Test demo	\N	2026-01-01 00:03:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
332	18	19	Сообщения сообщение green 明天 🎉 green demo lunch встреча ticket	\N	2026-01-01 00:03:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
333	18	2	Merci написали встреча please you test	\N	2026-01-01 00:03:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
334	18	19	Hello	\N	2026-01-01 00:03:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
335	18	40	Friday later is please merci the demo slides the	\N	2026-01-01 00:03:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
336	18	2	Release coffee release ticket ready tomorrow café please	\N	2026-01-01 00:03:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
337	18	40	Сообщения спасибо meeting this is 会议	\N	2026-01-01 00:03:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
338	18	2	Résumé slides релиз later check bug meeting спасибо hello	\N	2026-01-01 00:03:48.5+00	\N	337	40	Сообщения спасибо meeting this is 会议	\N	\N	\N	{}	\N	f	f
339	57	1	Написал hello friday coffee release ready sure merci ticket this you build	\N	2026-01-01 00:03:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
340	18	24	Сообщение	\N	2026-01-01 00:03:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [24]]]	f	f
341	18	32	Slides please 明天 release you	\N	2026-01-01 00:03:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
367	18	24	Review review bug 明天 lunch спасибо naïve сообщения	\N	2026-01-01 00:04:03+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [2]], ["😂", [40]], ["🙏", [32]]]	f	f
342	18	40	Build done релиз спасибо friday ありがとう tomorrow naïve demo 👍 ready	\N	2026-01-01 00:03:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [32]]]	f	f
343	18	32	👍 tomorrow danke ありがとう can lunch написали ありがとう résumé sure coffee review check	\N	2026-01-01 00:03:51+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [32]], ["😂", [19]]]	f	f
344	70	34	Bug deploy you please slides later demo straße 明天	\N	2026-01-01 00:03:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
345	18	19	Ticket написали sure ありがとう test написали build café 🎉 bug friday is спасибо gracias	\N	2026-01-01 00:03:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
346	18	2	Done написал ok demo test bug slides coffee demo again coffee is release 会议 ok review	\N	2026-01-01 00:03:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [24]], ["👀", [2]], ["👍", [19]]]	f	f
347	18	2	Review meeting friday green build is gracias again can bug 👍 green написали	\N	2026-01-01 00:03:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
348	1	13	Написал build café merci deploy danke встреча again slides demo can 🎉 coffee later friday ready demo 明天	\N	2026-01-01 00:03:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
349	18	19	👍 slides can написали	\N	2026-01-01 00:03:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
350	29	29	Naïve can green 👍 again résumé gracias café again 明天 café	\N	2026-01-01 00:03:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [1]], ["👍", [4]]]	f	f
351	18	25	Is gracias build написали hello релиз	\N	2026-01-01 00:03:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
352	69	21	会议 🎉	\N	2026-01-01 00:03:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
353	18	25	Bug tomorrow	\N	2026-01-01 00:03:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
354	18	24	👍 明天 later danke this build friday coffee again naïve review	\N	2026-01-01 00:03:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
355	18	2	Gracias встреча this slides later this встреча написали	\N	2026-01-01 00:03:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
356	18	32	Test review sure ok сообщения merci 明天	\N	2026-01-01 00:03:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
357	18	24	Later ありがとう demo 🎉 demo café build ready ok done review gracias	\N	2026-01-01 00:03:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
358	18	2	Ready	\N	2026-01-01 00:03:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
359	18	24	Test review sure ok сообщения merci 明天	\N	2026-01-01 00:03:59+00	\N	358	2	Ready	\N	\N	\N	{}	\N	f	f
360	18	24	Build build meeting	\N	2026-01-01 00:03:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
361	18	19	Написали check ready café meeting 会议 again спасибо merci done friday hello café sure release	\N	2026-01-01 00:04:00+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [25]]]	f	f
362	18	2	Tomorrow can later bug please please green написал café lunch	\N	2026-01-01 00:04:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
363	18	24	Сообщения please bug straße lunch sure release later this merci check the написали	\N	2026-01-01 00:04:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
364	18	19	Merci naïve demo later review danke test test café test is ready build café is meeting hello tomorrow	\N	2026-01-01 00:04:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
365	18	40	Coffee	\N	2026-01-01 00:04:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
366	18	2	Sure release 🎉 gracias is meeting sure релиз ok friday tomorrow tomorrow merci gracias is danke test later	\N	2026-01-01 00:04:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
371	18	19	Green встреча meeting later please can straße 会议 release coffee you ready deploy	\N	2026-01-01 00:04:05+00	\N	370	40	Сообщения friday ready test you check 👍 release test ticket review straße lunch	\N	\N	\N	{}	\N	f	f
372	80	3	Hello gracias demo ok later done again 明天 can is bug this again this naïve you danke hello	\N	2026-01-01 00:04:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
373	18	40	Bug gracias	\N	2026-01-01 00:04:06+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
374	18	32	Friday résumé naïve please this you сообщения ok release later ok coffee straße done	\N	2026-01-01 00:04:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2]]]	f	f
375	73	32	Check встреча later bug сообщения ready the slides gracias test lunch green café 👍 ticket 明天 release	\N	2026-01-01 00:04:07+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [32]]]	f	f
376	19	17	Ok please	\N	2026-01-01 00:04:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
377	18	25	You straße merci 🎉 gracias please hello сообщение demo résumé can встреча 🎉 сообщения gracias	\N	2026-01-01 00:04:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
378	18	2	Please demo meeting meeting slides coffee slides	\N	2026-01-01 00:04:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [40]], ["😂", [2]]]	f	f
379	18	25	The релиз ticket релиз 🎉 coffee merci 会议 please sure релиз	\N	2026-01-01 00:04:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
380	18	32	Build danke написали sure ticket again is build ok сообщение meeting you 👍 coffee сообщения 👍	\N	2026-01-01 00:04:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
381	18	19	Релиз this release straße check release deploy test coffee straße hello please сообщения сообщения спасибо 👍	\N	2026-01-01 00:04:10+00	\N	380	32	Build danke написали sure ticket again is build ok сообщение meeting you 👍 coffee сообщения 👍	\N	\N	\N	{}	\N	f	f
382	18	2	Naïve later can	\N	2026-01-01 00:04:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
383	18	25	Ready release ok сообщения is slides test 🎉 ありがとう 🎉 green ok build meeting написали	\N	2026-01-01 00:04:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
384	35	23	Ready ready hello friday написали tomorrow résumé this ありがとう build bug 明天 café ありがとう	\N	2026-01-01 00:04:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
385	18	25	Later release gracias naïve deploy	\N	2026-01-01 00:04:12+00	\N	383	25	Ready release ok сообщения is slides test 🎉 ありがとう 🎉 green ok build meeting написали	\N	\N	\N	{}	[["👍", [24, 25]], ["👀", [19]]]	f	f
386	18	25	Сообщение 明天 straße meeting	\N	2026-01-01 00:04:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
387	18	24	Test the bug deploy demo review café ありがとう demo 🎉 lunch gracias bug check danke release	\N	2026-01-01 00:04:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
388	80	12	Deploy ticket you test ok	\N	2026-01-01 00:04:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
389	18	32	@user0000025 会议 build friday	\N	2026-01-01 00:04:14+00	\N	\N	\N	\N	\N	\N	\N	{25}	[["❤️", [40]]]	f	f
390	35	36	Slides meeting ready later lunch 会议	\N	2026-01-01 00:04:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [23]], ["🎉", [36]]]	f	f
391	29	39	Deploy 🎉 coffee спасибо bug hello green release ありがとう релиз спасибо релиз test can you green the merci	\N	2026-01-01 00:04:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
392	11	11	Сообщения again tomorrow 👍 naïve please you slides tomorrow ok again ready green bug написали сообщения релиз	\N	2026-01-01 00:04:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
393	18	25	Again done this naïve 会议 build meeting	\N	2026-01-01 00:04:16+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [19]], ["🎉", [25]], ["👍", [2]]]	f	f
394	68	35	Meeting ok this sure ok café please résumé straße ticket you the test 🎉 review demo встреча	\N	2026-01-01 00:04:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
395	18	24	Friday deploy danke написали demo написали ok the résumé	\N	2026-01-01 00:04:17+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2]]]	f	f
396	18	24	Релиз	\N	2026-01-01 00:04:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
397	17	1	Demo straße build build	\N	2026-01-01 00:04:18+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [1, 15]]]	f	f
398	18	32	Résumé naïve сообщения friday friday can again написали test you ok done résumé gracias this	\N	2026-01-01 00:04:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
399	18	25	Ok написал написали 会议 release 👍 straße	\N	2026-01-01 00:04:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
400	17	15	Is ok café ticket ok bug danke check	\N	2026-01-01 00:04:19.5+00	\N	397	1	Demo straße build build	\N	\N	\N	{}	\N	f	f
401	18	19	Hello написали slides release ありがとう ありがとう you hello café	\N	2026-01-01 00:04:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
402	25	15	Sure merci later 明天 会议 👍 again café test gracias can this сообщения merci tomorrow 🎉	\N	2026-01-01 00:04:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
403	35	23	明天 later	\N	2026-01-01 00:04:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
404	64	7	Danke написали сообщения please café gracias build bug	\N	2026-01-01 00:04:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
405	17	1	Build done написали résumé sure test lunch demo написали done сообщение	\N	2026-01-01 00:04:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
406	18	25	Release ready написал again coffee friday later you review 明天 сообщения can	\N	2026-01-01 00:04:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
407	18	25	Lunch demo сообщения	\N	2026-01-01 00:04:23+00	\N	406	25	Release ready написал again coffee friday later you review 明天 сообщения can	\N	\N	\N	{}	\N	f	f
408	18	32	The review again hello	\N	2026-01-01 00:04:23.5+00	\N	407	25	Lunch demo сообщения	\N	\N	\N	{}	\N	f	f
409	18	19	👍 bug is please 会议 tomorrow deploy tomorrow 🎉 can meeting meeting later demo résumé	\N	2026-01-01 00:04:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
410	18	2	Deploy review	\N	2026-01-01 00:04:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
411	18	19	Написал bug test straße café ready сообщение release danke 明天 сообщения написали release hello	\N	2026-01-01 00:04:25+00	\N	410	2	Deploy review	\N	\N	\N	{}	\N	f	f
412	18	25	Ticket deploy 会议	\N	2026-01-01 00:04:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
413	18	32	Please sure can check check merci coffee résumé ticket ticket lunch 🎉 straße встреча	\N	2026-01-01 00:04:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
414	8	35	Встреча danke написали the ticket	\N	2026-01-01 00:04:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
415	18	25	Sure is 👍 again gracias hello is review bug 🎉 спасибо сообщения this coffee сообщения build написали	\N	2026-01-01 00:04:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
416	29	1	Naïve написал gracias danke	\N	2026-01-01 00:04:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [29, 39]], ["👍", [1]]]	f	f
417	73	27	Sure	\N	2026-01-01 00:04:28+00	\N	375	32	Check встреча later bug сообщения ready the slides gracias test lunch green café 👍 ticket 明天 release	\N	\N	\N	{}	\N	f	f
418	18	40	Straße résumé résumé написал	\N	2026-01-01 00:04:28.5+00	\N	415	25	Sure is 👍 again gracias hello is review bug 🎉 спасибо сообщения this coffee сообщения build написали	\N	\N	\N	{}	\N	f	f
462	62	19	🎉 this 会议 bug café deploy 会议 tomorrow the написал	\N	2026-01-01 00:04:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
419	18	40	👍 meeting tomorrow check naïve bug спасибо lunch ticket спасибо ticket danke релиз naïve lunch hello straße релиз	\N	2026-01-01 00:04:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
420	18	19	Release green demo check naïve later ありがとう 会议 написал coffee сообщение 👍 is 🎉 релиз you	\N	2026-01-01 00:04:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [32]], ["👍", [19]]]	f	f
421	18	19	Ready review green	\N	2026-01-01 00:04:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
422	18	32	Done	\N	2026-01-01 00:04:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
423	68	35	Is 会议 明天 bug naïve danke meeting green	\N	2026-01-01 00:04:31+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
424	18	24	🎉 review написали this again ok lunch 明天 meeting ok 明天 the сообщение done	\N	2026-01-01 00:04:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
425	2	23	Friday 会议	\N	2026-01-01 00:04:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
426	18	2	Please friday merci 会议 demo ありがとう naïve is tomorrow hello slides ticket danke lunch test the bug	\N	2026-01-01 00:04:32.5+00	\N	424	24	🎉 review написали this again ok lunch 明天 meeting ok 明天 the сообщение done	\N	\N	\N	{}	[["❤️", [40]], ["👀", [25]], ["🙏", [32]]]	f	f
427	18	24	Coffee lunch friday is slides later can résumé	\N	2026-01-01 00:04:33+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [24, 40]], ["😂", [2]]]	f	f
428	17	15	Friday coffee coffee	\N	2026-01-01 00:04:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [15]]]	f	f
429	18	24	🎉 café 明天 会议 сообщение bug gracias please build написали danke релиз	\N	2026-01-01 00:04:34+00	\N	427	24	Coffee lunch friday is slides later can résumé	\N	\N	\N	{}	\N	f	f
430	18	19	Tomorrow ok	\N	2026-01-01 00:04:34.5+00	\N	429	24	🎉 café 明天 会议 сообщение bug gracias please build написали danke релиз	\N	\N	\N	{}	\N	f	f
431	18	24	Ready написали deploy release danke is ticket test спасибо ありがとう sure lunch green sure 会议	\N	2026-01-01 00:04:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
432	18	24	Hello sure 会议 later you you résumé спасибо naïve naïve ありがとう naïve gracias deploy check спасибо	\N	2026-01-01 00:04:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
433	18	40	Sure straße сообщение 明天 🎉 sure gracias	\N	2026-01-01 00:04:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
434	18	24	Hello demo straße deploy friday demo	\N	2026-01-01 00:04:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
435	6	25	Later lunch green спасибо встреча test coffee demo ticket написал ありがとう you сообщения merci lunch	\N	2026-01-01 00:04:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
436	73	39	You résumé straße релиз 👍 спасибо slides сообщения ready danke is gracias	\N	2026-01-01 00:04:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
437	18	40	Please написал hello hello coffee	\N	2026-01-01 00:04:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
438	62	33	Спасибо meeting this ticket ありがとう review this ready is review ok bug check done	\N	2026-01-01 00:04:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
439	18	24	Релиз can ありがとう 👍	\N	2026-01-01 00:04:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
533	18	32	Résumé 会议 friday résumé meeting check написали написали this lunch	\N	2026-01-01 00:05:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
440	18	25	The slides friday sure danke сообщение встреча 明天 deploy gracias 会议 sure ticket hello встреча 🎉	\N	2026-01-01 00:04:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
441	18	40	Tomorrow ticket straße demo ticket is done	\N	2026-01-01 00:04:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
442	18	19	Bug lunch ready встреча this 👍 you сообщение slides написали again straße café coffee review friday встреча	\N	2026-01-01 00:04:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [32]], ["👀", [25]]]	f	f
443	18	40	Release coffee сообщения again is please встреча hello	\N	2026-01-01 00:04:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
444	72	28	Can review bug résumé check done bug test this you 会议 merci again ready релиз	\N	2026-01-01 00:04:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
445	18	24	Please demo встреча the релиз	\N	2026-01-01 00:04:42+00	\N	443	40	Release coffee сообщения again is please встреча hello	\N	\N	\N	{}	\N	f	f
446	18	40	明天 you сообщения again please again написал написали check please danke résumé slides релиз	\N	2026-01-01 00:04:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
447	29	29	Is danke straße check release you написал ありがとう bug релиз again test встреча	\N	2026-01-01 00:04:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
448	22	19	Встреча test tomorrow résumé	\N	2026-01-01 00:04:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
449	68	18	Straße done deploy ありがとう сообщение hello straße test the hello	\N	2026-01-01 00:04:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
450	18	25	Check встреча can the 🎉 🎉 ready сообщение ありがとう hello 👍 done ready build релиз danke tomorrow	\N	2026-01-01 00:04:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
451	18	40	会议 ticket review sure you ありがとう	\N	2026-01-01 00:04:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
452	18	19	Спасибо slides 👍 👍 会议 🎉 can meeting 会议 bug 明天 coffee test green	\N	2026-01-01 00:04:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
453	18	2	Tomorrow 会议 gracias demo green ticket 会议 встреча ready gracias 明天 this hello release встреча check test	\N	2026-01-01 00:04:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
454	18	19	Сообщение release you	\N	2026-01-01 00:04:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
455	18	32	🎉	\N	2026-01-01 00:04:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
456	48	12	Danke ありがとう coffee you	\N	2026-01-01 00:04:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
457	18	25	Gracias ok you test sure 👍 friday tomorrow meeting 会议	\N	2026-01-01 00:04:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
458	73	26	Test ありがとう this build naïve спасибо danke tomorrow friday straße résumé later	\N	2026-01-01 00:04:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
459	18	25	🎉 sure demo написали done demo 会议 friday green friday the lunch tomorrow	\N	2026-01-01 00:04:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
460	29	4	@user0000039 Slides build sure написал tomorrow later you сообщения the спасибо hello the naïve straße 👍	\N	2026-01-01 00:04:49.5+00	\N	\N	\N	\N	\N	\N	\N	{39}	\N	f	f
461	18	25	Sure is is again is done release сообщение friday green résumé again résumé straße ありがとう ready	\N	2026-01-01 00:04:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
463	62	33	Build naïve написали you gracias tomorrow bug 🎉 gracias сообщения build slides ticket deploy 🎉 build	\N	2026-01-01 00:04:51+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [7, 10, 33]]]	f	f
464	18	32	会议 can	\N	2026-01-01 00:04:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
465	18	24	Friday lunch again this 会议 please ticket friday написал 👍 明天 review this the check встреча demo сообщение	\N	2026-01-01 00:04:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
466	18	25	Again you	\N	2026-01-01 00:04:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
467	76	7	Написал gracias сообщение merci demo the gracias release please 明天 gracias сообщения	\N	2026-01-01 00:04:53+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [15, 31]], ["❤️", [30]]]	f	f
468	18	32	@user0000002 Danke сообщения ok	\N	2026-01-01 00:04:53.5+00	\N	\N	\N	\N	\N	\N	\N	{2}	\N	f	f
469	18	2	Написали later tomorrow спасибо сообщение lunch ありがとう	\N	2026-01-01 00:04:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
470	18	2	Can ありがとう review check you the	\N	2026-01-01 00:04:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
471	18	40	Встреча tomorrow 明天 ok написал can 明天 danke 明天 релиз test	\N	2026-01-01 00:04:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
472	57	4	Danke résumé the gracias build tomorrow написал встреча merci сообщения bug meeting релиз later	\N	2026-01-01 00:04:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
473	18	40	Gracias 明天 résumé ready café написали сообщения merci написал	\N	2026-01-01 00:04:56+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [2, 24]], ["👍", [19]]]	f	f
474	62	10	Sure is 👍 again gracias hello is review bug 🎉 спасибо сообщения this coffee сообщения build написали	\N	2026-01-01 00:04:56.5+00	\N	463	33	Build naïve написали you gracias tomorrow bug 🎉 gracias сообщения build slides ticket deploy 🎉 build	\N	\N	\N	{}	\N	f	f
475	73	26	Tomorrow сообщения 🎉 написал ticket check gracias naïve deploy straße спасибо build	\N	2026-01-01 00:04:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
476	18	25	Встреча this 👍	\N	2026-01-01 00:04:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
477	18	40	Later test please написал danke 明天 написал again 👍 написали green check again danke ok coffee	\N	2026-01-01 00:04:58+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [2]]]	f	f
478	18	40	Test meeting встреча 会议 you this done merci lunch green you ticket	\N	2026-01-01 00:04:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
479	18	2	Test naïve coffee hello slides	\N	2026-01-01 00:04:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
480	56	40	Demo lunch later meeting this ticket the straße the coffee bug bug release 明天 lunch	\N	2026-01-01 00:04:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
481	18	32	This написали gracias demo ready bug 🎉 review naïve done сообщение 会议 встреча merci test	\N	2026-01-01 00:05:00+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [32]], ["😂", [19]], ["🙏", [25]]]	f	f
482	70	34	👍 спасибо спасибо merci merci релиз deploy	\N	2026-01-01 00:05:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
483	18	40	@user0000024 Danke check ok release	\N	2026-01-01 00:05:01+00	\N	481	32	This написали gracias demo ready bug 🎉 review naïve done сообщение 会议 встреча merci test	\N	\N	\N	{24}	\N	f	f
484	18	32	Встреча ticket is 明天 сообщения check 👍 demo is coffee can naïve	\N	2026-01-01 00:05:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
535	18	2	Hello hello naïve написал ok спасибо sure сообщение	\N	2026-01-01 00:05:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
485	38	1	Bug friday gracias you danke ticket релиз hello review please ありがとう straße the coffee	\N	2026-01-01 00:05:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
486	18	40	Café build bug green this deploy check	\N	2026-01-01 00:05:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
487	70	34	🎉 build 明天 done release this встреча сообщение hello friday please написал 👍 ok	\N	2026-01-01 00:05:03+00	\N	482	34	👍 спасибо спасибо merci merci релиз deploy	\N	\N	\N	{}	[["❤️", [34]]]	f	f
488	18	24	🎉 friday ticket bug can	\N	2026-01-01 00:05:03.5+00	\N	486	40	Café build bug green this deploy check	\N	\N	\N	{}	\N	f	f
489	12	2	Meeting later slides test gracias merci build hello check this demo is написал 明天 build	\N	2026-01-01 00:05:04+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [4]], ["🙏", [2]]]	f	f
490	18	24	The is this сообщения slides green lunch сообщения this sure спасибо lunch 🎉 ticket check	\N	2026-01-01 00:05:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [19, 25]]]	f	f
491	18	19	Bug please you gracias can 🎉 bug résumé test	\N	2026-01-01 00:05:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
492	18	2	Sure this сообщения demo написали merci 会议 написали lunch coffee сообщение sure later check slides build	\N	2026-01-01 00:05:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
493	18	40	Build build meeting	\N	2026-01-01 00:05:06+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
494	18	2	Coffee 🎉 bug release friday naïve the встреча the	\N	2026-01-01 00:05:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
495	18	40	Again danke сообщение встреча done naïve straße	\N	2026-01-01 00:05:07+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [2]]]	f	f
496	18	19	👍 release the done café please later done can the ticket	\N	2026-01-01 00:05:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
497	18	24	Slides done hello coffee написал résumé coffee сообщения ok bug coffee 👍 danke is сообщение	\N	2026-01-01 00:05:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
498	18	24	Danke merci café tomorrow check résumé later написал ok	\N	2026-01-01 00:05:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
499	18	40	Friday test slides is ticket ok is coffee	\N	2026-01-01 00:05:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
500	18	2	Ok friday again danke	\N	2026-01-01 00:05:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [24]], ["😂", [25]]]	f	f
501	18	40	This bug 👍 review résumé ticket coffee review can demo ready deploy	\N	2026-01-01 00:05:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
502	18	24	@user0000002 明天	\N	2026-01-01 00:05:10.5+00	\N	\N	\N	\N	\N	\N	\N	{2}	\N	f	f
503	18	25	Сообщения ok green again meeting slides спасибо tomorrow ありがとう 👍 review café friday tomorrow can ticket	\N	2026-01-01 00:05:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
504	18	32	Can naïve сообщения релиз tomorrow meeting lunch 👍 green	\N	2026-01-01 00:05:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
505	18	24	Сообщения сообщения meeting résumé café later meeting later test slides slides ready green	\N	2026-01-01 00:05:12+00	\N	504	32	Can naïve сообщения релиз tomorrow meeting lunch 👍 green	\N	\N	\N	{}	\N	f	f
506	18	25	@user0000019 Danke ok ticket спасибо написали написал friday please test demo done сообщения	\N	2026-01-01 00:05:12.5+00	\N	\N	\N	\N	\N	\N	\N	{19}	\N	f	f
507	17	1	Naïve can ready спасибо hello сообщения hello café build please coffee bug	\N	2026-01-01 00:05:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
534	29	29	Ready again релиз lunch написал is coffee can 会议 ticket написал спасибо встреча coffee	\N	2026-01-01 00:05:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
508	18	2	Demo can написали merci lunch green ticket coffee naïve slides slides build сообщение danke встреча danke ready	\N	2026-01-01 00:05:13.5+00	\N	506	25	@user0000019 Danke ok ticket спасибо написали написал friday please test demo done сообщения	\N	\N	\N	{}	\N	f	f
509	18	24	Demo straße build build	\N	2026-01-01 00:05:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
510	18	25	You ticket done сообщения this ticket ありがとう green meeting later done 👍	\N	2026-01-01 00:05:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
511	18	24	Release coffee	\N	2026-01-01 00:05:15+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [24]]]	f	f
512	18	32	Meeting ok this sure ok café please résumé straße ticket you the test 🎉 review demo встреча	\N	2026-01-01 00:05:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [32]]]	f	f
513	18	32	明天 встреча straße coffee merci написал coffee merci lunch danke café test straße сообщение	\N	2026-01-01 00:05:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
514	18	32	Hello merci	\N	2026-01-01 00:05:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
515	18	32	👍 build test сообщение написали написал merci	\N	2026-01-01 00:05:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
516	18	19	Demo ticket is ticket again test встреча build friday tomorrow	\N	2026-01-01 00:05:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
517	57	1	Green later done café встреча 👍	\N	2026-01-01 00:05:18+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [1, 4]]]	f	f
518	65	19	This done this danke friday	\N	2026-01-01 00:05:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
519	18	19	Sure merci сообщения ticket coffee this meeting coffee slides again review написал bug написал merci again tomorrow написали	\N	2026-01-01 00:05:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
520	18	40	Coffee ticket release ok написал bug встреча meeting gracias again	\N	2026-01-01 00:05:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
521	28	6	Review sure the lunch sure can ready friday merci résumé ok ready ticket сообщения	\N	2026-01-01 00:05:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
522	18	19	Café friday	\N	2026-01-01 00:05:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
523	18	2	Merci	\N	2026-01-01 00:05:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
524	18	2	Done ticket can bug	\N	2026-01-01 00:05:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
525	7	3	👍 slides can написали	\N	2026-01-01 00:05:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
526	18	40	Check 明天 friday написал sure deploy встреча please merci	\N	2026-01-01 00:05:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
527	18	32	Please 👍 ok sure résumé написали please can lunch résumé ticket tomorrow встреча lunch naïve	\N	2026-01-01 00:05:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
528	30	6	Ticket написали gracias again café tomorrow ok написал done danke test ok danke deploy ticket	\N	2026-01-01 00:05:23.5+00	\N	159	6	明天 сообщение check coffee later bug this café bug	\N	\N	\N	{}	\N	f	f
529	18	40	Build meeting check ok ありがとう demo спасибо build later green сообщения	\N	2026-01-01 00:05:24+00	\N	527	32	Please 👍 ok sure résumé написали please can lunch résumé ticket tomorrow встреча lunch naïve	\N	\N	\N	{}	[["❤️", [19]], ["😂", [2]], ["🙏", [24]]]	f	f
530	18	40	明天 sure ready bug review	\N	2026-01-01 00:05:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
531	18	40	You сообщения ready demo you this please café test сообщения написали сообщение this	\N	2026-01-01 00:05:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
532	18	32	Merci 明天 ありがとう please сообщение написали this green deploy gracias	\N	2026-01-01 00:05:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
536	18	19	Bug написал	\N	2026-01-01 00:05:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
537	18	40	Friday tomorrow release gracias résumé café naïve café bug coffee	\N	2026-01-01 00:05:28+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [19, 32]]]	f	f
538	10	20	Merci merci you	\N	2026-01-01 00:05:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
539	18	40	Done ticket can bug	\N	2026-01-01 00:05:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
540	18	19	Lunch résumé naïve check ありがとう спасибо later	\N	2026-01-01 00:05:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
541	18	25	Café demo ok 🎉 lunch done check ticket release again release ready sure build this later сообщения green	\N	2026-01-01 00:05:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
542	18	40	Build release meeting tomorrow сообщения please done 明天 naïve встреча ok ありがとう can you meeting deploy again	\N	2026-01-01 00:05:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
543	18	2	Сообщения релиз please done hello сообщение please is 明天 straße tomorrow написал again later lunch ok	\N	2026-01-01 00:05:31+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [19]], ["👀", [24]], ["👍", [25]]]	f	f
544	18	24	Hello написали написали green résumé the	\N	2026-01-01 00:05:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
545	18	25	Lunch hello lunch check merci gracias ありがとう café 会议 написали green сообщение slides ありがとう friday	\N	2026-01-01 00:05:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
546	25	15	Straße 👍 release 👍 会议	\N	2026-01-01 00:05:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
547	18	40	Check написал coffee deploy can build gracias release	\N	2026-01-01 00:05:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
548	18	40	Naïve tomorrow merci ticket release please спасибо hello релиз slides deploy café ticket bug ticket coffee demo ok	\N	2026-01-01 00:05:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
549	17	15	Test ありがとう ready ありがとう сообщения test 🎉 can friday straße café demo demo résumé build	\N	2026-01-01 00:05:34+00	\N	507	1	Naïve can ready спасибо hello сообщения hello café build please coffee bug	\N	\N	\N	{}	\N	f	f
550	18	40	明天 you сообщения again please again написал написали check please danke résumé slides релиз	\N	2026-01-01 00:05:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
551	18	19	Slides lunch please coffee	\N	2026-01-01 00:05:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
552	18	19	This later later test сообщения ありがとう ok встреча 会议 релиз спасибо 🎉	\N	2026-01-01 00:05:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
553	18	25	Can coffee slides спасибо	\N	2026-01-01 00:05:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
554	3	10	Build	\N	2026-01-01 00:05:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
555	18	32	Сообщения	\N	2026-01-01 00:05:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
556	18	19	Ticket написали sure ありがとう test написали build café 🎉 bug friday is спасибо gracias	\N	2026-01-01 00:05:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
557	18	32	Again 会议 会议	\N	2026-01-01 00:05:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
558	42	5	Straße	\N	2026-01-01 00:05:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
559	18	25	Встреча danke review сообщение	\N	2026-01-01 00:05:39+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [2, 40]], ["👀", [32]]]	f	f
580	17	15	Again ありがとう coffee can 🎉 build lunch done релиз сообщения hello	\N	2026-01-01 00:05:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
560	18	40	Naïve спасибо the сообщение coffee 👍 demo hello gracias ok ticket bug	\N	2026-01-01 00:05:39.5+00	\N	559	25	Встреча danke review сообщение	\N	\N	\N	{}	[["😂", [2, 32]], ["👀", [24]]]	f	f
561	18	19	Is ありがとう ok 👍 demo 🎉 slides release café later check straße straße написали	\N	2026-01-01 00:05:40+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [2]], ["🙏", [40]]]	f	f
562	18	25	Написал сообщения bug написал 🎉 明天 lunch ready release café résumé	\N	2026-01-01 00:05:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [24]]]	f	f
563	18	32	Ticket café later hello test	\N	2026-01-01 00:05:41+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [19]], ["🎉", [24]], ["👍", [2]]]	f	f
564	15	16	@user0000016 Написал build café merci deploy danke встреча again slides demo can 🎉 coffee later friday ready demo 明天	\N	2026-01-01 00:05:41.5+00	\N	\N	\N	\N	\N	\N	\N	{16}	\N	f	f
565	20	18	The сообщение slides 🎉 hello ticket 👍 lunch green ticket straße deploy	\N	2026-01-01 00:05:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
566	41	26	Build 明天 done can ticket	\N	2026-01-01 00:05:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
567	18	19	Сообщение straße again написал merci can review lunch сообщение demo bug встреча	\N	2026-01-01 00:05:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
568	18	24	Hello написали this straße merci build	\N	2026-01-01 00:05:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
569	18	24	Встреча	\N	2026-01-01 00:05:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
570	46	5	👍 résumé review again friday coffee friday café friday merci done 🎉 green	\N	2026-01-01 00:05:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
571	18	32	Ticket спасибо 🎉 build hello deploy ありがとう ticket again you merci test 👍 demo bug	\N	2026-01-01 00:05:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
572	18	40	Написал naïve сообщение green 明天 release green is test please this build 🎉 ありがとう can 会议 ticket 👍	\N	2026-01-01 00:05:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24]]]	f	f
573	73	39	This demo later this green review again this done this ありがとう	\N	2026-01-01 00:05:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
574	18	24	Сообщения ready встреча lunch green lunch 会议 please сообщения deploy coffee can friday deploy	\N	2026-01-01 00:05:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2, 25]]]	f	f
575	62	19	Coffee lunch deploy check you bug again написал	\N	2026-01-01 00:05:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
576	66	26	Can merci ticket can build release this build meeting lunch tomorrow test is deploy coffee coffee	\N	2026-01-01 00:05:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
577	18	19	Сообщения build green tomorrow naïve	\N	2026-01-01 00:05:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
578	68	35	@user0000035 Сообщение done 明天 slides coffee café please релиз релиз you merci bug tomorrow ありがとう slides please 明天 this	\N	2026-01-01 00:05:48.5+00	\N	449	18	Straße done deploy ありがとう сообщение hello straße test the hello	\N	\N	\N	{35}	\N	f	f
579	18	24	Сообщение tomorrow you check deploy lunch hello gracias slides написал the	\N	2026-01-01 00:05:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
581	18	24	Friday sure 🎉 again check hello demo release danke ok coffee build review	\N	2026-01-01 00:05:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
582	78	36	Ready написали café написали сообщение naïve bug meeting again написали green coffee hello test later straße café	\N	2026-01-01 00:05:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
583	18	19	Test lunch 明天 straße this ok релиз build написали naïve встреча merci gracias bug is release написал check	\N	2026-01-01 00:05:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
584	68	35	Встреча can this	\N	2026-01-01 00:05:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
585	18	40	Написал hello friday coffee release ready sure merci ticket this you build	\N	2026-01-01 00:05:52+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [19]], ["🙏", [25]]]	f	f
586	18	24	👍 green ok встреча test review 🎉 again ticket build hello gracias 👍 明天 🎉 明天 danke	\N	2026-01-01 00:05:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
587	18	40	Lunch	\N	2026-01-01 00:05:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
588	18	2	Ready написали later написал написал café 会议 done gracias later friday later is naïve встреча	\N	2026-01-01 00:05:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
589	62	19	Спасибо merci 🎉	\N	2026-01-01 00:05:54+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [19]], ["😂", [33]], ["🙏", [7]]]	f	f
590	29	29	👍 ticket	\N	2026-01-01 00:05:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
591	18	40	Danke написал release again hello green this build	\N	2026-01-01 00:05:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
592	18	2	Ticket release hello	\N	2026-01-01 00:05:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
593	63	28	Is 👍 straße 明天 встреча later check 会议 встреча sure you straße please review ticket сообщение	\N	2026-01-01 00:05:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
594	18	25	会议 coffee релиз slides встреча build you 会议 please café hello check lunch coffee demo сообщения danke встреча	\N	2026-01-01 00:05:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
595	18	40	明天 is sure check bug green slides написали demo gracias slides coffee ticket again 明天	\N	2026-01-01 00:05:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
596	18	32	Café встреча the is check release done	\N	2026-01-01 00:05:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
597	18	2	@user0000025 Green	\N	2026-01-01 00:05:58+00	\N	\N	\N	\N	\N	\N	\N	{25}	\N	f	f
598	29	4	Test done bug ready встреча later ok deploy demo gracias you naïve bug	\N	2026-01-01 00:05:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
599	18	2	Demo	\N	2026-01-01 00:05:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
600	18	40	Lunch ok demo demo later straße ticket you merci is	\N	2026-01-01 00:05:59.5+00	\N	599	2	Demo	\N	\N	\N	{}	[["🎉", [19]]]	f	f
601	18	24	Gracias test review review ありがとう сообщения check merci ありがとう this demo	\N	2026-01-01 00:06:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
602	18	2	Demo café please ticket release you спасибо 会议 you 会议 ready ありがとう tomorrow deploy can gracias tomorrow you	\N	2026-01-01 00:06:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
603	18	25	Later this done sure deploy	\N	2026-01-01 00:06:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
604	18	40	Merci релиз 明天 会议 review straße 👍 сообщения naïve lunch meeting встреча the ok review friday	\N	2026-01-01 00:06:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
605	17	1	Gracias résumé сообщения release	\N	2026-01-01 00:06:02+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [15]], ["👍", [1]]]	f	f
606	18	25	Later 🎉 release green coffee again deploy	\N	2026-01-01 00:06:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [19]], ["😂", [24]], ["🙏", [40]]]	f	f
607	18	19	明天 встреча friday done ready you 👍 done green naïve tomorrow	\N	2026-01-01 00:06:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
608	68	35	Straße 🎉 this you green gracias danke straße demo café is lunch сообщения build build demo ありがとう	\N	2026-01-01 00:06:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
609	18	19	Friday	\N	2026-01-01 00:06:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
610	18	24	Lunch merci написал спасибо straße please friday ありがとう ready сообщения bug 👍 sure slides ok	\N	2026-01-01 00:06:04.5+00	\N	609	19	Friday	\N	\N	\N	{}	\N	f	f
611	18	40	The is ok test ready check the green later naïve coffee 👍 green sure merci	\N	2026-01-01 00:06:05+00	\N	610	24	Lunch merci написал спасибо straße please friday ありがとう ready сообщения bug 👍 sure slides ok	\N	\N	\N	{}	\N	f	f
612	18	25	会议 please danke 👍 релиз green you	\N	2026-01-01 00:06:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
613	18	40	Tomorrow green résumé сообщения sure deploy the test релиз написал you	\N	2026-01-01 00:06:06+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
614	70	2	Friday встреча build релиз sure the this done you résumé can you написал написали	\N	2026-01-01 00:06:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
615	17	1	Demo later demo ok again sure done green gracias спасибо again done meeting later релиз	\N	2026-01-01 00:06:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
616	18	40	Ticket релиз later release deploy again bug tomorrow 明天 this	\N	2026-01-01 00:06:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
617	18	19	@user0000002 Friday 🎉	\N	2026-01-01 00:06:08+00	\N	\N	\N	\N	\N	\N	\N	{2}	\N	f	f
618	72	13	Please slides slides danke straße sure 明天 done bug ありがとう написал friday	\N	2026-01-01 00:06:08.5+00	\N	444	28	Can review bug résumé check done bug test this you 会议 merci again ready релиз	\N	\N	\N	{}	\N	f	f
619	18	25	Gracias встреча build 明天 tomorrow green	\N	2026-01-01 00:06:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
620	18	19	Ticket demo check straße naïve meeting demo 👍 сообщения friday	\N	2026-01-01 00:06:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
621	41	26	Lunch 🎉 please lunch релиз написали can	\N	2026-01-01 00:06:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
622	18	40	Gracias coffee 👍 résumé bug	\N	2026-01-01 00:06:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
623	15	16	You danke написали check 🎉 check meeting résumé	\N	2026-01-01 00:06:11+00	\N	564	16	@user0000016 Написал build café merci deploy danke встреча again slides demo can 🎉 coffee later friday ready demo 明天	\N	\N	\N	{}	[["👍", [16]], ["😂", [9]]]	f	f
624	29	1	Ok bug later test check check gracias friday hello meeting straße demo	\N	2026-01-01 00:06:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
625	18	40	Спасибо demo bug сообщение	\N	2026-01-01 00:06:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
626	27	27	Release check написал again résumé встреча coffee	\N	2026-01-01 00:06:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
627	18	24	Lunch test bug friday demo straße сообщение tomorrow naïve lunch deploy tomorrow ready friday café release	\N	2026-01-01 00:06:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
628	80	3	Релиз demo done сообщения hello 会议 sure sure 会议 tomorrow	\N	2026-01-01 00:06:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
629	18	25	Danke 👍 deploy встреча please sure meeting build сообщения the сообщения naïve 明天 написал the ready	\N	2026-01-01 00:06:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
697	18	2	Friday сообщение the coffee release ok can	\N	2026-01-01 00:06:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
630	18	24	Check the lunch 会议 明天 résumé friday написал release встреча написал	\N	2026-01-01 00:06:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
631	18	24	Straße this café 会议 sure hello написали	\N	2026-01-01 00:06:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
632	15	9	Demo написал this сообщение bug later 🎉 release review hello 会议 спасибо is написал	\N	2026-01-01 00:06:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
633	18	25	Ticket спасибо 🎉 build hello deploy ありがとう ticket again you merci test 👍 demo bug	\N	2026-01-01 00:06:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
634	18	32	Can test	\N	2026-01-01 00:06:16.5+00	\N	633	25	Ticket спасибо 🎉 build hello deploy ありがとう ticket again you merci test 👍 demo bug	\N	\N	\N	{}	\N	f	f
635	17	15	Hello написали straße can	\N	2026-01-01 00:06:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
636	53	22	会议 deploy tomorrow demo сообщения check tomorrow написали release сообщения ok deploy green straße deploy build hello	\N	2026-01-01 00:06:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
637	18	25	Friday green build ありがとう ticket 会议 ticket résumé you friday friday	\N	2026-01-01 00:06:18+00	\N	634	32	Can test	\N	\N	\N	{}	\N	f	f
638	18	25	Ticket написали gracias again café tomorrow ok написал done danke test ok danke deploy ticket	\N	2026-01-01 00:06:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
639	18	32	👍 naïve the написали	\N	2026-01-01 00:06:19+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2, 19]], ["🎉", [24]]]	f	f
640	18	40	Ticket 👍 naïve later straße test 明天 you 明天 会议 сообщения	\N	2026-01-01 00:06:19.5+00	\N	639	32	👍 naïve the написали	\N	\N	\N	{}	\N	f	f
641	18	24	Test danke встреча tomorrow build green встреча later is	\N	2026-01-01 00:06:20+00	\N	640	40	Ticket 👍 naïve later straße test 明天 you 明天 会议 сообщения	\N	\N	\N	{}	\N	f	f
642	18	19	Сообщения deploy demo résumé hello is slides friday meeting review demo later café friday ok ticket ticket the	\N	2026-01-01 00:06:20.5+00	\N	641	24	Test danke встреча tomorrow build green встреча later is	\N	\N	\N	{}	\N	f	f
643	18	2	Bug написали please 明天 can ok встреча please tomorrow is deploy 明天 ok	\N	2026-01-01 00:06:21+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [40]], ["👍", [2]], ["🙏", [19]]]	f	f
644	44	34	Ready coffee	\N	2026-01-01 00:06:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
645	18	25	Ready 🎉 meeting 明天 you ticket 会议 gracias naïve 会议 deploy review demo again	\N	2026-01-01 00:06:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
646	18	19	Meeting написал friday ticket résumé café done danke	\N	2026-01-01 00:06:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
647	18	32	Sure slides straße again later check can ありがとう test ready deploy the deploy done demo	\N	2026-01-01 00:06:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
648	80	12	Ticket ready résumé 🎉 can is test встреча again danke café release	\N	2026-01-01 00:06:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [3]]]	f	f
649	18	40	会议 встреча написал lunch café ticket ok done can please 会议 later ready 会议 build	\N	2026-01-01 00:06:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
650	9	4	Coffee danke meeting gracias написал demo please	\N	2026-01-01 00:06:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [4]]]	f	f
651	18	40	Danke ok can 明天 release 会议 café naïve	\N	2026-01-01 00:06:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1338	18	32	Danke café café	\N	2026-01-01 00:12:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [2]]]	f	f
652	18	2	ありがとう 👍 coffee 会议 hello 会议 ready friday ticket	\N	2026-01-01 00:06:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
653	18	24	Is danke tomorrow meeting résumé sure you is straße review написал please tomorrow please	\N	2026-01-01 00:06:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
654	18	2	Спасибо 👍 спасибо ありがとう написали	\N	2026-01-01 00:06:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
655	18	32	Tomorrow straße hello again this 会议 встреча 🎉 résumé café sure check написали friday hello	\N	2026-01-01 00:06:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
656	18	24	👍 написал please again hello	\N	2026-01-01 00:06:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
657	18	24	Naïve is again you demo 会议 релиз release bug сообщения	\N	2026-01-01 00:06:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
658	18	25	Ticket 会议 написали café ありがとう is 👍 написали ready later again сообщение the green this build résumé	\N	2026-01-01 00:06:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
659	18	2	Ready ready tomorrow slides bug сообщение straße green 明天 friday naïve сообщение 🎉 bug	\N	2026-01-01 00:06:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
660	20	24	Tomorrow can later bug please please green написал café lunch	\N	2026-01-01 00:06:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
661	18	19	Build	\N	2026-01-01 00:06:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
662	18	25	Slides встреча demo straße tomorrow tomorrow build deploy 会议 friday 明天 you please	\N	2026-01-01 00:06:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
663	18	40	Straße done deploy ありがとう сообщение hello straße test the hello	\N	2026-01-01 00:06:31+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [19]], ["👍", [32]], ["🙏", [2]]]	f	f
664	18	40	Sure встреча slides 🎉 test	\N	2026-01-01 00:06:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
665	18	25	Check встреча can the 🎉 🎉 ready сообщение ありがとう hello 👍 done ready build релиз danke tomorrow	\N	2026-01-01 00:06:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
666	62	19	Merci check написал встреча again ok релиз	\N	2026-01-01 00:06:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
667	18	32	Bug demo done sure ticket review 会议 🎉	\N	2026-01-01 00:06:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
668	18	2	Bug review this ok résumé hello lunch green friday 会议 again	\N	2026-01-01 00:06:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
669	18	40	Встреча slides	\N	2026-01-01 00:06:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
670	18	32	Build написали green is please bug this release please is	\N	2026-01-01 00:06:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
671	70	2	Friday build 会议	\N	2026-01-01 00:06:35+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2]], ["🎉", [34]]]	f	f
672	18	40	Hello bug	\N	2026-01-01 00:06:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
673	18	40	Hello test please please later sure build сообщение this	\N	2026-01-01 00:06:36+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [24]], ["🎉", [32]]]	f	f
674	18	19	Deploy ready 明天 встреча you friday can check релиз написали coffee bug sure ready встреча ok	\N	2026-01-01 00:06:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
698	18	25	Встреча can you this you 🎉 会议 demo deploy tomorrow danke café 👍	\N	2026-01-01 00:06:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1453	18	24	Friday	\N	2026-01-01 00:13:06+00	\N	1452	24	Can please build slides danke check релиз meeting	\N	\N	\N	{}	\N	f	f
675	18	25	明天 ok café ありがとう done release the 🎉 написали 🎉 later please сообщение check релиз	\N	2026-01-01 00:06:37+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [19]], ["🙏", [2]]]	f	f
676	56	12	This danke is релиз please again demo ticket review please ありがとう later gracias build ありがとう	\N	2026-01-01 00:06:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
677	18	32	Bug сообщение	\N	2026-01-01 00:06:38+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2]], ["👍", [19]], ["😂", [24]]]	f	f
678	68	18	Test danke ticket	\N	2026-01-01 00:06:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
679	18	32	Demo	\N	2026-01-01 00:06:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
680	18	19	Naïve green done	\N	2026-01-01 00:06:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
681	18	25	Naïve 明天 🎉 check danke straße	\N	2026-01-01 00:06:40+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [19]], ["👍", [24]]]	f	f
682	29	29	Gracias résumé сообщения release	\N	2026-01-01 00:06:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
683	73	26	Check straße is gracias this meeting done straße naïve friday встреча 🎉 can résumé naïve	\N	2026-01-01 00:06:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
684	18	25	Coffee straße lunch is résumé сообщения straße написали merci naïve ticket please 会议	\N	2026-01-01 00:06:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
685	73	10	Café ありがとう ready ticket merci hello the again slides	\N	2026-01-01 00:06:42+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [26]]]	f	f
686	57	1	Ticket 会议 написали café ありがとう is 👍 написали ready later again сообщение the green this build résumé	\N	2026-01-01 00:06:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [1]], ["😂", [4]]]	f	f
687	18	2	Café сообщения встреча test café встреча сообщения slides danke gracias you ok naïve ready straße meeting 🎉	\N	2026-01-01 00:06:43+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [32]]]	f	f
688	18	24	Lunch сообщение you	\N	2026-01-01 00:06:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
689	18	40	明天 done build you danke ありがとう 会议	\N	2026-01-01 00:06:44+00	\N	688	24	Lunch сообщение you	\N	\N	\N	{}	\N	f	f
690	77	9	ありがとう release gracias ok test sure demo naïve встреча build спасибо review demo meeting meeting slides hello danke	\N	2026-01-01 00:06:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
691	18	24	Ok please naïve gracias спасибо релиз slides релиз this сообщение 会议 later is	\N	2026-01-01 00:06:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
692	18	19	Ticket deploy release friday meeting bug hello	\N	2026-01-01 00:06:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
693	18	40	Review later sure the написал this merci gracias 明天 release ok	\N	2026-01-01 00:06:46+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [32]], ["👀", [24]], ["🙏", [19]]]	f	f
694	18	19	Релиз deploy done café ありがとう naïve coffee 🎉 tomorrow ok sure naïve	\N	2026-01-01 00:06:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
695	18	2	Check the lunch ready	\N	2026-01-01 00:06:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
696	18	2	Is friday 👍 sure please release test bug this review green ありがとう test	\N	2026-01-01 00:06:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
699	18	19	👍 résumé ready later demo сообщение lunch café сообщения	\N	2026-01-01 00:06:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
700	73	10	Friday meeting ok сообщения test sure 会议 the сообщение review	\N	2026-01-01 00:06:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
701	18	2	👍 sure release friday	\N	2026-01-01 00:06:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
702	18	24	Can green lunch сообщение test café green this is the 🎉 bug naïve	\N	2026-01-01 00:06:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
703	18	19	Test merci test 🎉 test café hello the написали review test ok danke 👍 you danke gracias	\N	2026-01-01 00:06:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
704	18	32	Coffee straße встреча is спасибо 👍 сообщения	\N	2026-01-01 00:06:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [25]]]	f	f
705	49	33	Résumé lunch coffee sure can test is test meeting slides check demo meeting релиз сообщение tomorrow later	\N	2026-01-01 00:06:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
706	72	18	Ready café release релиз lunch ticket 会议 ありがとう danke green done done this	\N	2026-01-01 00:06:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
707	18	32	Hello café ありがとう ready написали hello green please	\N	2026-01-01 00:06:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
708	18	19	Check ticket demo demo tomorrow test спасибо test написали 👍	\N	2026-01-01 00:06:53.5+00	\N	707	32	Hello café ありがとう ready написали hello green please	\N	\N	\N	{}	\N	f	f
709	18	25	Can the this straße ready сообщение naïve can coffee coffee is hello done спасибо lunch	\N	2026-01-01 00:06:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
710	18	19	Meeting ticket this ready naïve спасибо please	\N	2026-01-01 00:06:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
711	18	25	Café встреча can ありがとう check сообщение test review demo danke сообщение friday hello	\N	2026-01-01 00:06:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
712	2	31	Friday résumé ok please tomorrow	\N	2026-01-01 00:06:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
713	18	24	Slides	\N	2026-01-01 00:06:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
714	25	21	Is gracias build написали hello релиз	\N	2026-01-01 00:06:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
715	18	40	Lunch написал релиз done сообщение ready test friday coffee ok naïve review naïve 明天	\N	2026-01-01 00:06:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
716	18	19	Релиз slides later the green friday check demo ありがとう	\N	2026-01-01 00:06:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
717	62	19	Написали gracias green friday green again 🎉 later test ticket tomorrow tomorrow ありがとう done build the slides	\N	2026-01-01 00:06:58+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [19, 33]], ["❤️", [7]]]	f	f
718	28	6	Demo café релиз naïve написали	\N	2026-01-01 00:06:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [6]], ["🙏", [9]]]	f	f
719	18	19	Check naïve done this review ok check naïve 👍 build merci ok	\N	2026-01-01 00:06:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
720	18	25	ありがとう build this coffee deploy is 👍 slides merci встреча	\N	2026-01-01 00:06:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
721	73	10	This 会议 сообщение lunch coffee release lunch naïve résumé naïve coffee you sure done спасибо bug review	\N	2026-01-01 00:07:00+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [32, 39]], ["👍", [10]]]	f	f
722	18	2	Встреча green later ok is is ticket merci сообщения	\N	2026-01-01 00:07:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
723	18	25	Demo check сообщение again спасибо sure lunch again this ありがとう naïve ありがとう bug merci check	\N	2026-01-01 00:07:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
724	18	40	@user0000019 Release slides	\N	2026-01-01 00:07:01.5+00	\N	\N	\N	\N	\N	\N	\N	{19}	\N	f	f
725	18	40	🎉 会议	\N	2026-01-01 00:07:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
726	18	40	This написали gracias demo ready bug 🎉 review naïve done сообщение 会议 встреча merci test	\N	2026-01-01 00:07:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [2]]]	f	f
727	18	19	Later friday later deploy please 明天	\N	2026-01-01 00:07:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
728	18	24	Merci merci café	\N	2026-01-01 00:07:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [2, 19]], ["❤️", [40]]]	f	f
729	18	24	Friday написали is	\N	2026-01-01 00:07:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
730	18	24	Сообщение please написали gracias	\N	2026-01-01 00:07:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
731	18	40	Ok test danke résumé sure straße 👍 merci сообщения написал	\N	2026-01-01 00:07:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
732	18	25	Demo встреча релиз résumé	\N	2026-01-01 00:07:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
733	18	24	Встреча done	\N	2026-01-01 00:07:06+00	\N	732	25	Demo встреча релиз résumé	\N	\N	\N	{}	\N	f	f
734	18	25	@user0000019 Release coffee release ticket ready tomorrow café please	\N	2026-01-01 00:07:06.5+00	\N	\N	\N	\N	\N	\N	\N	{19}	\N	f	f
735	17	15	Sure lunch ready danke спасибо 👍 hello bug coffee bug 明天 hello the gracias	\N	2026-01-01 00:07:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
736	17	15	Встреча release naïve lunch релиз встреча green ありがとう 会议 ok сообщение bug again review сообщения спасибо you	\N	2026-01-01 00:07:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [1]], ["😂", [15]]]	f	f
737	7	17	Ready test 👍 会议 написал release gracias release sure can 会议 ありがとう	\N	2026-01-01 00:07:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
738	18	2	You sure 🎉 green ありがとう the сообщения café 🎉 gracias 👍 ok	\N	2026-01-01 00:07:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [19]], ["👍", [2]], ["😂", [32]]]	f	f
739	21	6	Test ticket 👍 gracias ありがとう сообщения café hello merci deploy bug café встреча 会议 can coffee please again	\N	2026-01-01 00:07:09+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [10]]]	f	f
740	18	32	Slides сообщение tomorrow naïve slides check danke tomorrow can hello	\N	2026-01-01 00:07:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [19]], ["👀", [24]], ["🙏", [40]]]	f	f
741	18	32	Deploy hello meeting check ok résumé ok gracias release 🎉 later you straße	\N	2026-01-01 00:07:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
742	18	24	会议 build the 👍 ready gracias ready café can встреча	\N	2026-01-01 00:07:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [40]], ["😂", [32]]]	f	f
743	18	25	Релиз test done gracias merci is gracias danke please написал can ありがとう résumé done 明天 friday later straße	\N	2026-01-01 00:07:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
744	73	32	Friday релиз check done again lunch	\N	2026-01-01 00:07:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
745	18	40	Release green	\N	2026-01-01 00:07:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
746	18	19	明天	\N	2026-01-01 00:07:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
747	55	8	🎉 danke спасибо ticket	\N	2026-01-01 00:07:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
748	18	19	Straße	\N	2026-01-01 00:07:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [19]]]	f	f
749	18	19	Sure написали friday написал написали review can demo café this спасибо merci sure demo написали сообщение	\N	2026-01-01 00:07:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
750	18	19	ありがとう review done сообщения you demo ok ticket ありがとう slides can 会议 merci meeting meeting	\N	2026-01-01 00:07:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
751	18	19	Slides green this the slides спасибо the green check написал check review	\N	2026-01-01 00:07:15+00	\N	750	19	ありがとう review done сообщения you demo ok ticket ありがとう slides can 会议 merci meeting meeting	\N	\N	\N	{}	\N	f	f
752	17	1	Check ticket danke green bug 明天 написали friday сообщения	\N	2026-01-01 00:07:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
753	18	40	Сообщения café	\N	2026-01-01 00:07:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
754	50	5	Build написали bug is релиз 明天 会议	\N	2026-01-01 00:07:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [12]], ["🙏", [5]]]	f	f
755	18	32	Please release please	\N	2026-01-01 00:07:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
756	18	24	Ready 明天 написал	\N	2026-01-01 00:07:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
757	18	25	Done please gracias test deploy сообщение build	\N	2026-01-01 00:07:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
758	6	13	Сообщение	\N	2026-01-01 00:07:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
759	18	32	Please спасибо 明天 can 明天	\N	2026-01-01 00:07:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
760	26	24	Slides встреча test написал straße again ready сообщения 会议 friday friday ok bug release merci coffee ready review	\N	2026-01-01 00:07:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [34]], ["🎉", [24]]]	f	f
761	18	2	Написали the tomorrow coffee ready	\N	2026-01-01 00:07:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
762	18	24	This please green сообщения ticket résumé	\N	2026-01-01 00:07:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
763	18	2	Again café meeting can demo встреча slides lunch bug	\N	2026-01-01 00:07:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
764	18	25	🎉 the test meeting	\N	2026-01-01 00:07:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
765	41	36	Встреча ready	\N	2026-01-01 00:07:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
766	18	25	Релиз 会议 👍 please slides check написал done написали friday meeting bug lunch 🎉 coffee check релиз 👍	\N	2026-01-01 00:07:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [19, 40]], ["👀", [24]]]	f	f
767	26	34	Lunch	\N	2026-01-01 00:07:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
768	18	2	Сообщения you naïve naïve tomorrow the	\N	2026-01-01 00:07:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
769	18	24	Merci again the is résumé ready deploy green tomorrow release gracias lunch please	\N	2026-01-01 00:07:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
770	15	16	@user0000009 Is sure straße done release	\N	2026-01-01 00:07:24.5+00	\N	\N	\N	\N	\N	\N	\N	{9}	\N	f	f
771	18	40	ありがとう review done сообщения you demo ok ticket ありがとう slides can 会议 merci meeting meeting	\N	2026-01-01 00:07:25+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2]], ["👀", [40]]]	f	f
772	18	40	Hello написали ticket sure you написали ありがとう café meeting	\N	2026-01-01 00:07:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
773	18	32	Merci review bug résumé demo this спасибо 明天 🎉 this релиз sure ok	\N	2026-01-01 00:07:26+00	\N	772	40	Hello написали ticket sure you написали ありがとう café meeting	\N	\N	\N	{}	\N	f	f
774	18	2	Hello gracias demo ok later done again 明天 can is bug this again this naïve you danke hello	\N	2026-01-01 00:07:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [19]]]	f	f
775	18	32	Danke please ready meeting gracias again this gracias is café please	\N	2026-01-01 00:07:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
776	18	19	Ticket ありがとう tomorrow green the встреча test 明天	\N	2026-01-01 00:07:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
777	1	19	明天 you 👍 спасибо встреча again please написали the is is	\N	2026-01-01 00:07:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
778	18	2	Meeting сообщения сообщение résumé спасибо	\N	2026-01-01 00:07:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
779	18	2	Tomorrow meeting deploy написали sure green you 🎉 gracias check test ticket lunch gracias написал 会议 написали	\N	2026-01-01 00:07:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
780	18	19	Gracias релиз is ready	\N	2026-01-01 00:07:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
781	28	6	Demo friday this later danke this bug build спасибо green you please bug ready can coffee	\N	2026-01-01 00:07:30+00	\N	718	6	Demo café релиз naïve написали	\N	\N	\N	{}	[["😂", [6]], ["🙏", [9]]]	f	f
782	18	40	Naïve can green 👍 again résumé gracias café again 明天 café	\N	2026-01-01 00:07:30.5+00	\N	780	19	Gracias релиз is ready	\N	\N	\N	{}	\N	f	f
783	28	6	Сообщение again you slides написал deploy 👍 can	\N	2026-01-01 00:07:31+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [6]], ["👍", [9]]]	f	f
784	18	19	You can slides build	\N	2026-01-01 00:07:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
785	18	24	Deploy later again релиз ありがとう release friday friday спасибо done again merci ticket	\N	2026-01-01 00:07:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
786	18	40	Ok danke done deploy 👍 demo build sure 明天 please	\N	2026-01-01 00:07:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
787	18	40	Bug green 会议 ready café café coffee later demo сообщение demo green please is merci ありがとう	\N	2026-01-01 00:07:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
788	18	40	Please naïve	\N	2026-01-01 00:07:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
789	18	24	Сообщения can 会议 danke sure 👍 naïve is the	\N	2026-01-01 00:07:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
790	18	32	🎉 hello can релиз you review straße please is ok café build релиз later merci ticket	\N	2026-01-01 00:07:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
791	44	37	Can ありがとう lunch naïve сообщение	\N	2026-01-01 00:07:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
792	18	19	Написал hello coffee 会议 review bug 🎉 test can the meeting	\N	2026-01-01 00:07:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
793	73	32	明天 slides спасибо release bug lunch again сообщения	\N	2026-01-01 00:07:36+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [39]], ["😂", [26]]]	f	f
794	18	40	Написали	\N	2026-01-01 00:07:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24]]]	f	f
795	18	2	Ready done again merci meeting naïve this	\N	2026-01-01 00:07:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
796	18	2	Résumé спасибо релиз ticket	\N	2026-01-01 00:07:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25]], ["👀", [40]]]	f	f
869	57	1	Lunch 会议 🎉 naïve спасибо check tomorrow deploy	\N	2026-01-01 00:08:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
797	18	2	Is bug coffee ありがとう 明天 the написали can lunch ok написали friday ticket	\N	2026-01-01 00:07:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
798	18	19	Написали lunch release check lunch tomorrow friday check done merci релиз review написал	\N	2026-01-01 00:07:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
799	80	12	Hello bug встреча ok ok again ready demo straße релиз release again review ticket lunch сообщение написал	\N	2026-01-01 00:07:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
800	2	34	Friday	\N	2026-01-01 00:07:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
801	18	32	Danke ready test ok straße написали café ok 会议 спасибо	\N	2026-01-01 00:07:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
802	18	2	Спасибо deploy написал meeting 👍 done lunch green tomorrow ready release merci demo slides gracias deploy	\N	2026-01-01 00:07:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
803	18	2	Again ticket straße сообщения встреча résumé is demo is naïve this	\N	2026-01-01 00:07:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
804	18	19	Написал tomorrow later сообщение check 🎉 straße lunch релиз tomorrow	\N	2026-01-01 00:07:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
805	73	27	会议 can	\N	2026-01-01 00:07:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
806	18	40	Later сообщение sure test review gracias сообщение ok résumé	\N	2026-01-01 00:07:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
807	18	24	Встреча merci спасибо	\N	2026-01-01 00:07:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
808	18	2	Build meeting check ok ありがとう demo спасибо build later green сообщения	\N	2026-01-01 00:07:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
809	18	32	Can done build green сообщения demo встреча later please slides сообщения danke please сообщение встреча bug спасибо later	\N	2026-01-01 00:07:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
810	73	10	Demo slides please done tomorrow 明天 релиз again сообщения done naïve релиз check naïve	\N	2026-01-01 00:07:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
811	18	40	Again hello you ok the сообщения ok tomorrow gracias hello bug bug friday сообщение релиз test this ありがとう	\N	2026-01-01 00:07:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
812	18	19	明天 ok tomorrow straße test build	\N	2026-01-01 00:07:45.5+00	\N	811	40	Again hello you ok the сообщения ok tomorrow gracias hello bug bug friday сообщение релиз test this ありがとう	\N	\N	\N	{}	\N	f	f
813	18	24	Ready done again merci meeting naïve this	\N	2026-01-01 00:07:46+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [40]], ["😂", [32]]]	f	f
814	18	2	Написали сообщение later 明天 the 会议 merci ありがとう straße спасибо green	\N	2026-01-01 00:07:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
815	18	40	Release сообщение this merci green deploy	\N	2026-01-01 00:07:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
816	18	2	Review tomorrow meeting сообщения 会议 meeting this the написал	\N	2026-01-01 00:07:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
817	18	2	Can slides ticket	\N	2026-01-01 00:07:48+00	\N	816	2	Review tomorrow meeting сообщения 会议 meeting this the написал	\N	\N	\N	{}	\N	f	f
818	18	25	@user0000025 Test test 明天 deploy ありがとう naïve 🎉 релиз check test review café you check is later coffee lunch	\N	2026-01-01 00:07:48.5+00	\N	\N	\N	\N	\N	\N	\N	{25}	\N	f	f
819	18	40	Написали релиз	\N	2026-01-01 00:07:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
820	25	15	Sure lunch merci is test спасибо later sure tomorrow написали done ok ticket	\N	2026-01-01 00:07:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [15, 21]]]	f	f
821	18	2	Coffee check ありがとう sure can hello is hello deploy 明天 ready danke deploy the merci	\N	2026-01-01 00:07:50+00	\N	819	40	Написали релиз	\N	\N	\N	{}	\N	f	f
822	60	21	Gracias slides done 👍 is 🎉 green build bug you slides deploy straße ready	\N	2026-01-01 00:07:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
823	62	33	Done slides tomorrow	\N	2026-01-01 00:07:51+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [7]]]	f	f
824	18	32	Lunch ok demo demo later straße ticket you merci is	\N	2026-01-01 00:07:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
825	18	24	Релиз написали bug danke release	\N	2026-01-01 00:07:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
826	18	40	Review 👍 ready встреча build написали sure check friday сообщения check the ありがとう сообщение résumé написал сообщение	\N	2026-01-01 00:07:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
827	18	19	The later tomorrow the release	\N	2026-01-01 00:07:53+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [24]]]	f	f
828	18	40	Release slides café later friday the can спасибо	\N	2026-01-01 00:07:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
829	18	40	Релиз 会议 сообщение ready tomorrow	\N	2026-01-01 00:07:54+00	\N	828	40	Release slides café later friday the can спасибо	\N	\N	\N	{}	\N	f	f
830	18	19	Ready meeting test	\N	2026-01-01 00:07:54.5+00	\N	829	40	Релиз 会议 сообщение ready tomorrow	\N	\N	\N	{}	[["👍", [24]]]	f	f
831	18	24	Straße this café 会议 sure hello написали	\N	2026-01-01 00:07:55+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [25, 40]]]	f	f
832	18	32	Deploy test написал hello написали you релиз релиз review сообщения coffee done gracias	\N	2026-01-01 00:07:55.5+00	\N	831	24	Straße this café 会议 sure hello написали	\N	\N	\N	{}	\N	f	f
833	18	25	会议 gracias check sure later ありがとう danke café check demo the	\N	2026-01-01 00:07:56+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25]]]	f	f
834	7	17	The please merci написали danke naïve check deploy meeting 👍 done test straße build résumé hello 明天 slides	\N	2026-01-01 00:07:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
835	18	32	Résumé naïve ありがとう later résumé	\N	2026-01-01 00:07:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
836	17	15	Build ok 明天 you check спасибо coffee done the tomorrow friday 👍 bug встреча	\N	2026-01-01 00:07:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
837	18	2	Ticket релиз later release deploy again bug tomorrow 明天 this	\N	2026-01-01 00:07:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
838	70	34	Again релиз bug lunch bug	\N	2026-01-01 00:07:58.5+00	\N	671	2	Friday build 会议	\N	\N	\N	{}	\N	f	f
839	18	25	Встреча slides you done café done 会议 straße написал gracias demo	\N	2026-01-01 00:07:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
840	18	40	Test is friday can release straße сообщение the	\N	2026-01-01 00:07:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [40]]]	f	f
841	18	25	Naïve you hello coffee café ticket friday naïve you naïve 明天 release ready résumé gracias ready slides	\N	2026-01-01 00:08:00+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2]], ["👍", [24]], ["🙏", [32]]]	f	f
842	18	2	Résumé release	\N	2026-01-01 00:08:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
870	18	25	Demo is résumé the	\N	2026-01-01 00:08:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
843	18	40	Ok bug later test check check gracias friday hello meeting straße demo	\N	2026-01-01 00:08:01+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [32]], ["😂", [40]]]	f	f
844	18	2	Встреча again slides the again review release 🎉 релиз	\N	2026-01-01 00:08:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
845	18	40	Naïve again написал later danke check again merci hello написали test lunch friday	\N	2026-01-01 00:08:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
846	18	25	Спасибо straße ticket can ok again slides straße 会议 friday friday done later friday is naïve	\N	2026-01-01 00:08:02.5+00	\N	845	40	Naïve again написал later danke check again merci hello написали test lunch friday	\N	\N	\N	{}	\N	f	f
847	19	21	This done this danke friday	\N	2026-01-01 00:08:03+00	\N	376	17	Ok please	\N	\N	\N	{}	\N	f	f
848	18	25	Сообщения please bug straße lunch sure release later this merci check the написали	\N	2026-01-01 00:08:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
849	62	33	Ready danke coffee green is this	\N	2026-01-01 00:08:04+00	\N	823	33	Done slides tomorrow	\N	\N	\N	{}	\N	f	f
850	18	2	Tomorrow you merci bug	\N	2026-01-01 00:08:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
851	18	40	Tomorrow ありがとう написали	\N	2026-01-01 00:08:05+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [2]]]	f	f
852	73	27	Спасибо 会议 встреча test review done you sure hello check this slides meeting you	\N	2026-01-01 00:08:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
853	18	19	Build написали green is please bug this release please is	\N	2026-01-01 00:08:06+00	\N	851	40	Tomorrow ありがとう написали	\N	\N	\N	{}	\N	f	f
854	18	2	Meeting сообщение release is 🎉	\N	2026-01-01 00:08:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
855	18	40	Please sure can check check merci coffee résumé ticket ticket lunch 🎉 straße встреча	\N	2026-01-01 00:08:07+00	\N	854	2	Meeting сообщение release is 🎉	\N	\N	\N	{}	\N	f	f
856	18	40	Done demo straße lunch slides спасибо сообщения demo build 会议 ありがとう tomorrow slides again спасибо review release café	\N	2026-01-01 00:08:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
857	18	2	会议 test релиз done green ready	\N	2026-01-01 00:08:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
858	18	2	Сообщение résumé написали done tomorrow 👍 straße lunch résumé coffee сообщения 会议 please сообщения green please slides release	\N	2026-01-01 00:08:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
859	18	25	Tomorrow 🎉	\N	2026-01-01 00:08:09+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [32]], ["👀", [25]]]	f	f
860	18	24	Friday tomorrow release gracias résumé café naïve café bug coffee	\N	2026-01-01 00:08:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
861	18	24	The	\N	2026-01-01 00:08:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
862	18	19	Релиз meeting встреча résumé hello deploy tomorrow this hello demo the 👍 review	\N	2026-01-01 00:08:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
863	18	2	Tomorrow check test	\N	2026-01-01 00:08:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
864	18	19	This 会议 gracias coffee this résumé coffee ready sure merci done check 🎉	\N	2026-01-01 00:08:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2]]]	f	f
865	18	24	Review you tomorrow demo	\N	2026-01-01 00:08:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
866	17	1	Please friday	\N	2026-01-01 00:08:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
867	41	26	Café review hello 明天 review green naïve sure is café café написал sure gracias coffee спасибо	\N	2026-01-01 00:08:13+00	\N	765	36	Встреча ready	\N	\N	\N	{}	\N	f	f
868	18	24	Straße 会议 release résumé later résumé	\N	2026-01-01 00:08:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
871	79	8	👍 friday straße can ありがとう straße coffee release ok сообщения check ありがとう later	\N	2026-01-01 00:08:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
872	18	32	Tomorrow 会议 this check ready this later релиз review sure bug	\N	2026-01-01 00:08:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
873	18	32	Lunch done ok lunch gracias ok сообщение green review deploy 明天 coffee résumé	\N	2026-01-01 00:08:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
874	18	19	Релиз you сообщения straße написали the you is you later café check ready the	\N	2026-01-01 00:08:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
875	18	32	@user0000025 Done merci café gracias 🎉 friday naïve green 明天 👍 сообщение résumé green tomorrow ok sure	\N	2026-01-01 00:08:17+00	\N	\N	\N	\N	\N	\N	\N	{25}	[["❤️", [25]], ["🎉", [32]], ["🙏", [24]]]	f	f
876	18	2	🎉	\N	2026-01-01 00:08:17.5+00	\N	875	32	@user0000025 Done merci café gracias 🎉 friday naïve green 明天 👍 сообщение résumé green tomorrow ok sure	\N	\N	\N	{}	[["🙏", [19, 40]], ["😂", [2]]]	f	f
877	18	2	Can meeting build	\N	2026-01-01 00:08:18+00	\N	876	2	🎉	\N	\N	\N	{}	\N	f	f
878	48	12	🎉	\N	2026-01-01 00:08:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
879	18	19	Gracias build tomorrow	\N	2026-01-01 00:08:19+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [25]], ["🙏", [19]]]	f	f
880	73	27	Lunch straße build 👍 again написали bug done résumé ready résumé	\N	2026-01-01 00:08:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
881	18	19	🎉 danke спасибо ticket	\N	2026-01-01 00:08:20+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [32]], ["🎉", [40]], ["🙏", [25]]]	f	f
882	18	24	Later gracias lunch meeting спасибо is gracias 👍 релиз this сообщение you demo 会议 again gracias friday résumé	\N	2026-01-01 00:08:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
883	18	32	Straße merci ticket done deploy спасибо tomorrow friday	\N	2026-01-01 00:08:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
884	18	25	Demo straße meeting you	\N	2026-01-01 00:08:21.5+00	\N	883	32	Straße merci ticket done deploy спасибо tomorrow friday	\N	\N	\N	{}	\N	f	f
885	18	2	Ok tomorrow сообщения tomorrow check naïve merci demo this green 👍 résumé 明天 review review	\N	2026-01-01 00:08:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
886	18	40	Danke is релиз deploy спасибо ready green	\N	2026-01-01 00:08:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [32]], ["🙏", [19]]]	f	f
887	60	22	Meeting gracias	\N	2026-01-01 00:08:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
888	18	24	Slides is check написали 明天 написал naïve café slides café спасибо ありがとう 明天	\N	2026-01-01 00:08:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [25]], ["🙏", [2]]]	f	f
889	55	29	Gracias demo 👍 gracias again résumé merci 明天 done ticket sure ありがとう сообщения tomorrow 👍 tomorrow straße	\N	2026-01-01 00:08:24+00	\N	747	8	🎉 danke спасибо ticket	\N	\N	\N	{}	\N	f	f
890	18	19	Coffee build 明天 the straße résumé friday slides café naïve done friday ありがとう gracias later сообщение спасибо	\N	2026-01-01 00:08:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
891	18	32	Naïve релиз	\N	2026-01-01 00:08:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
892	68	35	You danke coffee lunch café tomorrow the test can sure 明天 сообщения sure	\N	2026-01-01 00:08:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
893	5	24	Встреча deploy sure merci café gracias	\N	2026-01-01 00:08:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
895	18	2	Build 明天 done can ticket	\N	2026-01-01 00:08:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
896	18	25	Slides tomorrow ready danke merci 明天 meeting naïve coffee merci can this again is release résumé	\N	2026-01-01 00:08:27.5+00	\N	895	2	Build 明天 done can ticket	\N	\N	\N	{}	\N	f	f
897	17	1	Tomorrow ありがとう release release 明天 build please later sure straße	\N	2026-01-01 00:08:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
898	18	32	会议 deploy you done merci 会议 tomorrow test coffee ありがとう build release сообщения green hello gracias	\N	2026-01-01 00:08:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [24, 32]], ["😂", [19]]]	f	f
899	18	24	@user0000032 Test ok спасибо 会议 明天 deploy done 👍 ready	\N	2026-01-01 00:08:29+00	\N	\N	\N	\N	\N	\N	\N	{32}	[["👀", [2]]]	f	f
900	18	24	Написал	\N	2026-01-01 00:08:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
901	18	40	Release написал green build спасибо 👍 明天 done спасибо coffee ありがとう this naïve hello	\N	2026-01-01 00:08:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
902	10	20	Сообщения release green ok sure	\N	2026-01-01 00:08:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
903	18	40	Спасибо hello 👍 ready deploy green ありがとう you test сообщение again bug danke	\N	2026-01-01 00:08:31+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24]], ["🙏", [19]]]	f	f
904	56	11	Green you résumé review deploy meeting встреча done danke later 👍 done release gracias coffee	\N	2026-01-01 00:08:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
905	18	40	Bug спасибо is build deploy release the demo is ticket straße done friday you you you test	\N	2026-01-01 00:08:32+00	\N	903	40	Спасибо hello 👍 ready deploy green ありがとう you test сообщение again bug danke	\N	\N	\N	{}	\N	f	f
906	18	25	Please сообщение ready hello test 会议 明天 ありがとう is ready release meeting спасибо написали deploy build	\N	2026-01-01 00:08:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
907	18	25	Ready 🎉 café gracias can спасибо ticket lunch	\N	2026-01-01 00:08:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
908	3	10	🎉 this 会议 bug café deploy 会议 tomorrow the написал	\N	2026-01-01 00:08:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
909	18	2	Релиз demo написали ok release сообщения lunch написали coffee build you сообщение please release ticket tomorrow	\N	2026-01-01 00:08:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
910	18	40	Написали lunch résumé release hello	\N	2026-01-01 00:08:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
911	73	32	Again you demo this slides ありがとう naïve 会议 straße bug café 👍 sure	\N	2026-01-01 00:08:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
912	18	19	Bug can friday sure danke ありがとう this	\N	2026-01-01 00:08:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
913	18	2	Сообщения the again	\N	2026-01-01 00:08:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
914	66	26	Tomorrow спасибо straße please done this tomorrow ありがとう review спасибо sure ありがとう build is ok сообщения straße	\N	2026-01-01 00:08:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
915	18	25	Slides 明天 gracias релиз this	\N	2026-01-01 00:08:37+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25]], ["🙏", [2]]]	f	f
916	18	24	@user0000024 Deploy	\N	2026-01-01 00:08:37.5+00	\N	\N	\N	\N	\N	\N	\N	{24}	\N	f	f
917	18	32	This 明天 friday bug ticket спасибо написал naïve ready release test merci lunch релиз check	\N	2026-01-01 00:08:38+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [32]], ["👀", [40]], ["🙏", [2]]]	f	f
918	18	2	Gracias deploy later straße green the can 明天 merci is	\N	2026-01-01 00:08:38.5+00	\N	917	32	This 明天 friday bug ticket спасибо написал naïve ready release test merci lunch релиз check	\N	\N	\N	{}	\N	f	f
919	18	32	Later ありがとう demo 🎉 demo café build ready ok done review gracias	\N	2026-01-01 00:08:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
920	18	32	Naïve 会议 ok naïve gracias tomorrow 🎉 release friday сообщения написал deploy	\N	2026-01-01 00:08:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
921	18	25	Ticket is написали sure	\N	2026-01-01 00:08:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
922	51	6	👍 the meeting danke straße 🎉 meeting danke done straße the slides сообщение café tomorrow	\N	2026-01-01 00:08:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [6]], ["😂", [5]]]	f	f
923	17	1	Friday bug hello спасибо résumé gracias	\N	2026-01-01 00:08:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
924	18	2	Ok	\N	2026-01-01 00:08:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
925	18	40	Hello bug again later merci встреча	\N	2026-01-01 00:08:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
926	18	40	Check sure friday встреча merci green danke check ready please ready встреча you hello	\N	2026-01-01 00:08:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
927	18	32	Gracias later 明天 you demo ready test later release done hello lunch написал 会议 test встреча ok release	\N	2026-01-01 00:08:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
928	18	25	Написал релиз	\N	2026-01-01 00:08:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
929	18	24	Again naïve friday 明天	\N	2026-01-01 00:08:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
930	53	6	Résumé done 会议 can slides café the review	\N	2026-01-01 00:08:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
931	18	25	Test release merci straße	\N	2026-01-01 00:08:45+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24]], ["😂", [32]]]	f	f
932	18	25	明天 done	\N	2026-01-01 00:08:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
933	18	19	Ticket 👍 naïve later straße test 明天 you 明天 会议 сообщения	\N	2026-01-01 00:08:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
934	18	19	Done test bug is this 🎉 café gracias green 🎉 this сообщения	\N	2026-01-01 00:08:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [25]]]	f	f
935	18	2	Release this again gracias sure friday danke hello hello	\N	2026-01-01 00:08:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
936	18	24	Tomorrow green résumé сообщения sure deploy the test релиз написал you	\N	2026-01-01 00:08:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
937	73	26	Résumé done gracias demo написал ok ticket please meeting	\N	2026-01-01 00:08:48+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [39]]]	f	f
938	18	25	Résumé ticket merci later meeting ok test сообщение	\N	2026-01-01 00:08:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
939	65	21	Сообщение sure gracias ticket danke спасибо test написали test ありがとう check straße написали	\N	2026-01-01 00:08:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
960	59	10	Ticket ticket later release написали build tomorrow coffee hello ok сообщения hello friday you	\N	2026-01-01 00:08:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
940	18	40	Ready café release релиз lunch ticket 会议 ありがとう danke green done done this	\N	2026-01-01 00:08:49.5+00	\N	938	25	Résumé ticket merci later meeting ok test сообщение	\N	\N	\N	{}	\N	f	f
941	18	32	Написали lunch release check lunch tomorrow friday check done merci релиз review написал	\N	2026-01-01 00:08:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
942	17	15	Релиз can you bug test ありがとう you friday bug ok 🎉 please ありがとう lunch résumé	\N	2026-01-01 00:08:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
943	29	4	Please test meeting friday the again встреча hello can can friday build	\N	2026-01-01 00:08:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
944	18	19	Написал again résumé ticket you написал friday	\N	2026-01-01 00:08:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
945	18	32	Résumé	\N	2026-01-01 00:08:52+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24]], ["🙏", [40]]]	f	f
946	18	25	Test встреча is ready встреча is please	\N	2026-01-01 00:08:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24]], ["👍", [2]], ["🙏", [40]]]	f	f
947	18	32	Please сообщение please ready 🎉 сообщение slides build coffee ok 明天 ok later check ready again ready 会议	\N	2026-01-01 00:08:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
948	18	40	明天 lunch straße review straße straße 🎉 🎉 ありがとう please danke merci сообщения café build you résumé	\N	2026-01-01 00:08:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [19]], ["👍", [40]], ["😂", [24]]]	f	f
949	65	21	Is 🎉 merci tomorrow release please is lunch bug 明天 встреча meeting friday 👍 gracias demo sure релиз	\N	2026-01-01 00:08:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
950	18	24	Demo is later friday done release test сообщения 🎉 bug coffee	\N	2026-01-01 00:08:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
951	17	1	Later straße сообщения the café написал build demo later straße the 🎉 🎉 hello сообщения sure	\N	2026-01-01 00:08:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
952	62	19	Hello написали ticket	\N	2026-01-01 00:08:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
953	18	32	You demo résumé ready can 会议 coffee ready sure написали slides test meeting later green meeting ticket	\N	2026-01-01 00:08:56+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [19]]]	f	f
954	18	24	Build написали bug is релиз 明天 会议	\N	2026-01-01 00:08:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [25]]]	f	f
955	73	26	@user0000039 🎉 спасибо again bug	\N	2026-01-01 00:08:57+00	\N	\N	\N	\N	\N	\N	\N	{39}	\N	f	f
956	18	19	Again coffee спасибо résumé you is tomorrow ready friday meeting done can slides you meeting ok	\N	2026-01-01 00:08:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2]]]	f	f
957	18	19	Café сообщение friday написал gracias ok gracias meeting again bug done done build hello 👍 again café	\N	2026-01-01 00:08:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
958	18	40	Check релиз build написали please please résumé 👍 naïve the написали 👍 ありがとう gracias 明天	\N	2026-01-01 00:08:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
959	18	2	Релиз встреча danke bug встреча ok ready 明天 sure ok the 🎉 gracias ticket straße deploy check 🎉	\N	2026-01-01 00:08:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1007	26	34	Test bug please review релиз	\N	2026-01-01 00:09:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1008	18	2	Ticket this	\N	2026-01-01 00:09:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
961	18	32	@user0000019 Написал review ok the again 会议	\N	2026-01-01 00:09:00+00	\N	959	2	Релиз встреча danke bug встреча ok ready 明天 sure ok the 🎉 gracias ticket straße deploy check 🎉	\N	\N	\N	{19}	\N	f	f
962	69	21	Спасибо merci 🎉	\N	2026-01-01 00:09:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [21]], ["👍", [33]]]	f	f
963	18	24	Sure please check 🎉 👍 danke coffee ok gracias 明天 résumé написал hello meeting	\N	2026-01-01 00:09:01+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [32]]]	f	f
964	18	24	Later ok friday lunch спасибо test demo naïve 🎉 test you straße sure deploy	\N	2026-01-01 00:09:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
965	68	18	Hello написали написали green résumé the	\N	2026-01-01 00:09:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
966	64	7	Релиз встреча встреча написал встреча this bug naïve 👍 deploy done coffee meeting написал	\N	2026-01-01 00:09:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [15]]]	f	f
967	18	2	Coffee slides later написали review again is tomorrow 🎉 сообщение ready done 👍 meeting again сообщения coffee demo	\N	2026-01-01 00:09:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
968	18	2	Release green the ありがとう написали 🎉 сообщения	\N	2026-01-01 00:09:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
969	34	23	@user0000032 Again review написали you sure 明天 release release ありがとう done naïve demo сообщение check ready hello gracias	\N	2026-01-01 00:09:04+00	\N	\N	\N	\N	\N	\N	\N	{32}	\N	f	f
970	62	7	Deploy green is is meeting спасибо this you сообщение tomorrow спасибо done ticket ready 👍 hello	\N	2026-01-01 00:09:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
971	18	40	Done build 🎉 ok написал 会议 ありがとう спасибо merci	\N	2026-01-01 00:09:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
972	62	33	Check café 👍 review lunch	\N	2026-01-01 00:09:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [7]]]	f	f
973	18	40	@user0000002 Build the встреча again coffee сообщения	\N	2026-01-01 00:09:06+00	\N	\N	\N	\N	\N	\N	\N	{2}	\N	f	f
974	18	40	Merci check bug написали merci meeting tomorrow test please	\N	2026-01-01 00:09:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [19]]]	f	f
975	18	25	Demo can 明天 please	\N	2026-01-01 00:09:07+00	\N	974	40	Merci check bug написали merci meeting tomorrow test please	\N	\N	\N	{}	\N	f	f
976	72	39	Green again ok gracias check tomorrow please this naïve 🎉 hello check later ready sure сообщение	\N	2026-01-01 00:09:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
977	18	40	You café ticket please ticket review 🎉	\N	2026-01-01 00:09:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
978	18	19	Lunch tomorrow demo résumé coffee 明天 sure hello sure can написали gracias hello sure	\N	2026-01-01 00:09:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
979	18	24	Please café написали done meeting	\N	2026-01-01 00:09:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
980	70	2	Ticket test check	\N	2026-01-01 00:09:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2]], ["🙏", [34]]]	f	f
981	18	32	Is is спасибо slides build merci danke ready	\N	2026-01-01 00:09:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
982	18	24	Встреча 👍 green 🎉 demo bug tomorrow ticket сообщение lunch please meeting написал 会议 straße спасибо please	\N	2026-01-01 00:09:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
983	18	40	Сообщение release green	\N	2026-01-01 00:09:11+00	\N	982	24	Встреча 👍 green 🎉 demo bug tomorrow ticket сообщение lunch please meeting написал 会议 straße спасибо please	\N	\N	\N	{}	\N	f	f
984	18	19	Meeting написал done you 会议 later later ありがとう bug please tomorrow ok meeting naïve gracias bug	\N	2026-01-01 00:09:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [40]]]	f	f
985	29	4	Ok sure написали coffee	\N	2026-01-01 00:09:12+00	\N	943	4	Please test meeting friday the again встреча hello can can friday build	\N	\N	\N	{}	\N	f	f
986	4	6	明天	\N	2026-01-01 00:09:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
987	18	2	Сообщение сообщения check the написал naïve check написали demo test check can can done релиз demo	\N	2026-01-01 00:09:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
988	18	19	Deploy merci done naïve merci спасибо релиз ready спасибо встреча написали ok friday straße can merci please	\N	2026-01-01 00:09:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
989	18	24	@user0000032 Sure спасибо café релиз ticket релиз gracias релиз again naïve 明天 bug résumé résumé ok 明天 gracias test	\N	2026-01-01 00:09:14+00	\N	\N	\N	\N	\N	\N	\N	{32}	\N	f	f
990	18	19	Meeting сообщение tomorrow deploy friday gracias сообщения deploy again hello please	\N	2026-01-01 00:09:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
991	25	15	Сообщение build ready ready hello the 🎉 ticket check release	\N	2026-01-01 00:09:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
992	18	19	Ready сообщение can 🎉 сообщения	\N	2026-01-01 00:09:15.5+00	\N	990	19	Meeting сообщение tomorrow deploy friday gracias сообщения deploy again hello please	\N	\N	\N	{}	[["👍", [24]]]	f	f
993	16	31	Demo is résumé the	\N	2026-01-01 00:09:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
994	68	18	Straße ok release ありがとう gracias release straße again coffee café ok build ticket встреча	\N	2026-01-01 00:09:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
995	18	40	Coffee slides later написали review again is tomorrow 🎉 сообщение ready done 👍 meeting again сообщения coffee demo	\N	2026-01-01 00:09:17+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [2]]]	f	f
996	18	32	Later 👍 написали coffee	\N	2026-01-01 00:09:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
997	18	2	Naïve deploy test demo this ok ありがとう this сообщение the	\N	2026-01-01 00:09:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
998	18	25	Спасибо 🎉 сообщение спасибо встреча tomorrow встреча sure	\N	2026-01-01 00:09:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24, 25]]]	f	f
999	28	6	Написали danke ありがとう ok please demo release tomorrow coffee 会议 build sure ticket	\N	2026-01-01 00:09:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1000	18	32	Danke later build can 👍 明天 deploy 🎉 friday lunch ok the danke can	\N	2026-01-01 00:09:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1001	18	24	Test release сообщения green straße done написал release ticket can встреча again 👍 sure green сообщение again	\N	2026-01-01 00:09:20+00	\N	1000	32	Danke later build can 👍 明天 deploy 🎉 friday lunch ok the danke can	\N	\N	\N	{}	\N	f	f
1002	18	2	Спасибо danke написал tomorrow	\N	2026-01-01 00:09:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [19]]]	f	f
1003	18	2	Friday	\N	2026-01-01 00:09:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1004	73	27	Sure sure ready friday	\N	2026-01-01 00:09:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1005	63	28	Is 会议 明天 bug naïve danke meeting green	\N	2026-01-01 00:09:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1006	18	2	Café bug later сообщения naïve check meeting 会议 check demo gracias again can test straße bug naïve slides	\N	2026-01-01 00:09:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1009	18	19	Green meeting hello встреча can hello 明天 test сообщение спасибо deploy gracias ok ありがとう ready	\N	2026-01-01 00:09:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1010	18	2	Résumé tomorrow ありがとう café coffee the ticket спасибо	\N	2026-01-01 00:09:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1011	18	24	The straße please review tomorrow ありがとう please straße sure ok deploy can you ready ticket demo friday friday	\N	2026-01-01 00:09:25+00	\N	1010	2	Résumé tomorrow ありがとう café coffee the ticket спасибо	\N	\N	\N	{}	\N	f	f
1012	18	24	Написал релиз tomorrow danke ok coffee 明天 naïve done 会议 release lunch merci	\N	2026-01-01 00:09:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1013	18	24	Again is	\N	2026-01-01 00:09:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1014	18	2	@user0000002 Ok bug later test check check gracias friday hello meeting straße demo	\N	2026-01-01 00:09:26.5+00	\N	\N	\N	\N	\N	\N	\N	{2}	\N	f	f
1015	18	19	Check 👍 deploy 👍 coffee hello friday 🎉 bug demo review coffee test slides please demo	\N	2026-01-01 00:09:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1016	18	25	Can done café sure the build can naïve café release danke again is сообщение	\N	2026-01-01 00:09:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2, 40]], ["🙏", [32]]]	f	f
1017	18	24	Build this check straße gracias coffee gracias	\N	2026-01-01 00:09:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1018	18	25	Написал bug test straße café ready сообщение release danke 明天 сообщения написали release hello	\N	2026-01-01 00:09:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1019	18	32	Sure ありがとう friday release test naïve	\N	2026-01-01 00:09:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1020	18	19	Test demo	\N	2026-01-01 00:09:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1021	34	23	@user0000032 Релиз встреча build lunch hello 👍 the встреча релиз build straße friday release ready again ticket сообщение coffee	\N	2026-01-01 00:09:30+00	\N	\N	\N	\N	\N	\N	\N	{32}	\N	f	f
1022	29	39	Gracias спасибо	\N	2026-01-01 00:09:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1023	18	2	Check написали 会议 написали 会议 coffee	\N	2026-01-01 00:09:31+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [25]]]	f	f
1024	6	13	Café спасибо спасибо test test deploy coffee	\N	2026-01-01 00:09:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1025	29	39	Straße ready ready сообщения café написали bug ticket check demo naïve please the написал danke сообщение	\N	2026-01-01 00:09:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1026	28	6	Is can 🎉 review green please 会议 написали this check demo ticket merci hello lunch can	\N	2026-01-01 00:09:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1027	18	25	Bug sure hello is test coffee 明天 release tomorrow green build сообщения	\N	2026-01-01 00:09:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1028	18	32	Coffee	\N	2026-01-01 00:09:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1029	18	40	Café 🎉 明天 lunch straße merci meeting meeting lunch green review ready ready	\N	2026-01-01 00:09:34+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [2]], ["👍", [32]], ["🙏", [19]]]	f	f
1030	8	37	This danke is релиз please again demo ticket review please ありがとう later gracias build ありがとう	\N	2026-01-01 00:09:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [26]], ["👍", [37]], ["🙏", [31]]]	f	f
1031	17	1	Hello later please ok café release спасибо tomorrow done danke	\N	2026-01-01 00:09:35+00	\N	951	1	Later straße сообщения the café написал build demo later straße the 🎉 🎉 hello сообщения sure	\N	\N	\N	{}	\N	f	f
1032	18	40	Lunch merci написал спасибо straße please friday ありがとう ready сообщения bug 👍 sure slides ok	\N	2026-01-01 00:09:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1033	41	36	会议 ok встреча review release résumé sure sure	\N	2026-01-01 00:09:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1034	18	40	Bug this	\N	2026-01-01 00:09:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1035	18	40	You gracias 👍 review straße	\N	2026-01-01 00:09:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1036	29	29	Slides again gracias	\N	2026-01-01 00:09:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1037	18	25	Is coffee релиз ok danke can green	\N	2026-01-01 00:09:38+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25]]]	f	f
1038	18	40	Сообщение straße релиз сообщение this	\N	2026-01-01 00:09:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1039	44	37	Café slides встреча ready ありがとう hello straße again build danke написал sure can 🎉 сообщения release ticket сообщение	\N	2026-01-01 00:09:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1040	18	2	Сообщения danke you again gracias lunch test can сообщение coffee	\N	2026-01-01 00:09:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1041	18	19	Review friday	\N	2026-01-01 00:09:40+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [40]], ["🎉", [2]], ["👍", [32]]]	f	f
1042	11	33	Is danke test 🎉 спасибо meeting friday coffee	\N	2026-01-01 00:09:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1043	18	32	👍 ok check сообщение deploy lunch review is this релиз demo ticket demo	\N	2026-01-01 00:09:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1044	18	25	Сообщение this merci merci review спасибо release bug ticket check green	\N	2026-01-01 00:09:41.5+00	\N	1043	32	👍 ok check сообщение deploy lunch review is this релиз demo ticket demo	\N	\N	\N	{}	\N	f	f
1045	18	40	Café lunch 🎉 done coffee hello tomorrow build merci coffee lunch coffee gracias green green coffee	\N	2026-01-01 00:09:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1046	18	24	Lunch merci написал спасибо straße please friday ありがとう ready сообщения bug 👍 sure slides ok	\N	2026-01-01 00:09:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [24, 25]]]	f	f
1047	18	40	👍 deploy test the check release встреча check please demo написали 会议 danke 明天 написали the merci	\N	2026-01-01 00:09:43+00	\N	1046	24	Lunch merci написал спасибо straße please friday ありがとう ready сообщения bug 👍 sure slides ok	\N	\N	\N	{}	\N	f	f
1048	18	24	Slides danke встреча résumé ready again naïve сообщения 会议 demo straße	\N	2026-01-01 00:09:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1049	18	24	Test this demo 明天 написал test review написал 明天 friday demo ticket спасибо danke check сообщение	\N	2026-01-01 00:09:44+00	\N	1048	24	Slides danke встреча résumé ready again naïve сообщения 会议 demo straße	\N	\N	\N	{}	[["❤️", [19]], ["👍", [40]]]	f	f
1050	18	24	Naïve done merci coffee please 🎉 you coffee	\N	2026-01-01 00:09:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1051	18	2	Can demo this meeting bug demo gracias спасибо done ticket demo review 🎉	\N	2026-01-01 00:09:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1052	60	19	Résumé friday	\N	2026-01-01 00:09:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1053	11	11	Later 明天 deploy this bug résumé green написал сообщение meeting can сообщения bug check naïve	\N	2026-01-01 00:09:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1055	18	40	Sure bug tomorrow later naïve check naïve résumé bug deploy later the is	\N	2026-01-01 00:09:47+00	\N	1051	2	Can demo this meeting bug demo gracias спасибо done ticket demo review 🎉	\N	\N	\N	{}	\N	f	f
1056	67	7	Green написал gracias 👍 friday сообщения can	\N	2026-01-01 00:09:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1057	18	2	ありがとう спасибо green this написали later green café coffee написал ありがとう	\N	2026-01-01 00:09:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1058	18	19	Сообщение demo 明天 résumé встреча	\N	2026-01-01 00:09:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1059	18	2	Danke green the встреча check release slides ticket сообщения релиз написали friday demo ok 🎉	\N	2026-01-01 00:09:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1060	18	2	Is bug coffee ありがとう 明天 the написали can lunch ok написали friday ticket	\N	2026-01-01 00:09:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [40]], ["😂", [19]]]	f	f
1061	70	2	Can résumé gracias résumé сообщения slides demo done	\N	2026-01-01 00:09:50+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2, 34]]]	f	f
1062	18	2	Релиз	\N	2026-01-01 00:09:50.5+00	\N	1060	2	Is bug coffee ありがとう 明天 the написали can lunch ok написали friday ticket	\N	\N	\N	{}	\N	f	f
1063	12	33	Meeting сообщение tomorrow deploy friday gracias сообщения deploy again hello please	\N	2026-01-01 00:09:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1064	59	31	Hello done 👍 👍 ありがとう 明天 deploy 👍 написал ありがとう ありがとう done later gracias test hello done	\N	2026-01-01 00:09:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1065	18	40	Friday release ありがとう deploy merci релиз 👍 résumé	\N	2026-01-01 00:09:52+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [19]], ["😂", [32]]]	f	f
1066	18	2	@user0000002 Danke meeting check danke you написал bug résumé	\N	2026-01-01 00:09:52.5+00	\N	1065	40	Friday release ありがとう deploy merci релиз 👍 résumé	\N	\N	\N	{2}	\N	f	f
1067	18	32	This release café green demo встреча slides is релиз спасибо	\N	2026-01-01 00:09:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1068	18	24	@user0000019 Café demo green gracias café green спасибо café сообщения straße test	\N	2026-01-01 00:09:53.5+00	\N	\N	\N	\N	\N	\N	\N	{19}	\N	f	f
1069	18	25	Сообщения релиз please done hello сообщение please is 明天 straße tomorrow написал again later lunch ok	\N	2026-01-01 00:09:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1070	18	25	Done sure is merci later ok merci naïve спасибо 明天 bug deploy 🎉	\N	2026-01-01 00:09:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1071	18	25	Done please meeting bug release 🎉 会议 green ready tomorrow 👍	\N	2026-01-01 00:09:55+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [2]], ["😂", [24]]]	f	f
1072	18	32	@user0000040 Ok ticket résumé check	\N	2026-01-01 00:09:55.5+00	\N	\N	\N	\N	\N	\N	\N	{40}	\N	f	f
1073	18	24	Release this meeting sure встреча naïve check friday ok résumé 明天 ok ok review build merci résumé ok	\N	2026-01-01 00:09:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1074	17	15	The done сообщение сообщения написали sure ready friday сообщение coffee	\N	2026-01-01 00:09:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1075	18	32	Tomorrow café ok release сообщение 👍 meeting bug you naïve 会议 спасибо	\N	2026-01-01 00:09:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1076	18	2	Tomorrow hello ok ok написали tomorrow again релиз release this написал danke build café deploy you later	\N	2026-01-01 00:09:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1077	29	29	Релиз релиз встреча green meeting test you is again релиз 👍 написал	\N	2026-01-01 00:09:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1078	18	24	Release ありがとう naïve sure написали сообщения green встреча gracias meeting sure gracias bug review test check релиз café	\N	2026-01-01 00:09:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [25]], ["😂", [19]]]	f	f
1079	13	3	ありがとう lunch straße написал friday ready merci 明天 demo release later сообщения	\N	2026-01-01 00:09:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1080	18	19	Lunch lunch 会议 is 明天 ready сообщения ticket встреча test deploy написали done friday	\N	2026-01-01 00:09:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1081	50	12	Meeting can café lunch	\N	2026-01-01 00:10:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1082	18	25	Naïve green done	\N	2026-01-01 00:10:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1083	79	22	明天 написал coffee test sure tomorrow test résumé сообщение	\N	2026-01-01 00:10:01+00	\N	871	8	👍 friday straße can ありがとう straße coffee release ok сообщения check ありがとう later	\N	\N	\N	{}	[["👀", [22]], ["😂", [8]]]	f	f
1084	68	35	Написал you сообщение naïve release	\N	2026-01-01 00:10:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1085	18	25	Gracias 👍 this the review 🎉 friday café meeting	\N	2026-01-01 00:10:02+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [40]], ["😂", [32]]]	f	f
1086	18	24	Sure friday is the meeting release спасибо meeting hello встреча gracias friday написали check	\N	2026-01-01 00:10:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1087	18	24	Сообщение later merci tomorrow later deploy café demo slides résumé ありがとう green coffee again can 👍 👍	\N	2026-01-01 00:10:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1088	18	40	会议 deploy tomorrow demo сообщения check tomorrow написали release сообщения ok deploy green straße deploy build hello	\N	2026-01-01 00:10:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1089	18	24	Straße done café please merci friday friday test green hello спасибо meeting написал	\N	2026-01-01 00:10:04+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [19]]]	f	f
1090	18	19	Написали merci сообщения написали café написал 👍 you ok сообщения sure lunch build ok check please review написали	\N	2026-01-01 00:10:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [40]]]	f	f
1091	18	40	Встреча написали	\N	2026-01-01 00:10:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1092	18	40	@user0000024 Please ticket please danke the test danke ready danke tomorrow coffee later 会议 merci	\N	2026-01-01 00:10:05.5+00	\N	\N	\N	\N	\N	\N	\N	{24}	\N	f	f
1093	12	33	Сообщения deploy this сообщения сообщение 🎉 ok написали tomorrow build спасибо the slides done ok friday coffee 会议	\N	2026-01-01 00:10:06+00	\N	1063	33	Meeting сообщение tomorrow deploy friday gracias сообщения deploy again hello please	\N	\N	\N	{}	\N	f	f
1094	18	25	This this green can again написал again написал coffee coffee merci release	\N	2026-01-01 00:10:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1095	29	1	Gracias please 会议 check this 明天 lunch done danke done ready спасибо ok green сообщения check meeting	\N	2026-01-01 00:10:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1096	18	2	Review green 明天 сообщения you review deploy написал hello	\N	2026-01-01 00:10:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1097	17	15	Can review сообщения 明天 сообщения please написали naïve	\N	2026-01-01 00:10:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1098	18	24	Build написали green is please bug this release please is	\N	2026-01-01 00:10:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1099	18	24	Ok please ok ok meeting 👍 later ticket done hello lunch is lunch this	\N	2026-01-01 00:10:09+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [24]]]	f	f
1100	18	19	Danke ticket gracias is 🎉 tomorrow ready please sure sure	\N	2026-01-01 00:10:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1101	73	39	Green bug	\N	2026-01-01 00:10:10+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [10]], ["🎉", [39]], ["🙏", [26]]]	f	f
1102	18	25	@user0000032 Ready review green	\N	2026-01-01 00:10:10.5+00	\N	\N	\N	\N	\N	\N	\N	{32}	[["🎉", [2]]]	f	f
1103	18	40	Danke done ok спасибо 会议 danke ありがとう done	\N	2026-01-01 00:10:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1104	18	24	ありがとう later this hello	\N	2026-01-01 00:10:11.5+00	\N	1103	40	Danke done ok спасибо 会议 danke ありがとう done	\N	\N	\N	{}	\N	f	f
1105	17	15	Danke you is meeting 会议 you ready you check danke	\N	2026-01-01 00:10:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1106	18	24	Сообщение café done meeting ありがとう 会议 done friday 🎉 сообщения tomorrow 会议 会议 ok please	\N	2026-01-01 00:10:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1107	73	32	Релиз release bug tomorrow café merci again coffee сообщения green green done you ticket green встреча straße coffee	\N	2026-01-01 00:10:13+00	\N	1101	39	Green bug	\N	\N	\N	{}	\N	f	f
1108	18	19	Сообщения coffee is test slides ready later danke is meeting 🎉 this 会议 slides meeting написали	\N	2026-01-01 00:10:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1109	41	26	Friday résumé	\N	2026-01-01 00:10:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1110	18	32	Is ok release later résumé	\N	2026-01-01 00:10:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1111	18	40	@user0000025 Meeting slides this ticket написал сообщения can done later	\N	2026-01-01 00:10:15+00	\N	\N	\N	\N	\N	\N	\N	{25}	\N	f	f
1112	18	25	Написали bug sure the again the check	\N	2026-01-01 00:10:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1113	29	1	🎉 can friday later friday meeting 🎉 done	\N	2026-01-01 00:10:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1114	73	39	This can ありがとう slides deploy 🎉 ok again	\N	2026-01-01 00:10:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1115	18	25	Deploy naïve релиз again 会议 meeting naïve ticket later green написали	\N	2026-01-01 00:10:17+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [32]]]	f	f
1116	73	26	Lunch релиз can review this	\N	2026-01-01 00:10:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1117	18	40	Сообщения ありがとう this ticket green	\N	2026-01-01 00:10:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1118	18	19	Please ready green ready later bug встреча this gracias naïve сообщения спасибо café deploy merci ticket ありがとう ticket postmortem	\N	2026-01-01 00:10:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1119	18	2	Done slides hello ticket build is ok tomorrow this can tomorrow	\N	2026-01-01 00:10:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1120	18	32	Gracias can ok build bug	\N	2026-01-01 00:10:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1167	18	2	Friday later you 👍 later coffee résumé green slides friday сообщение résumé again the demo	\N	2026-01-01 00:10:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1121	18	25	Please later sure done check сообщения gracias naïve résumé green hello написал lunch naïve спасибо meeting danke написали	\N	2026-01-01 00:10:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1122	18	19	Релиз встреча встреча написал встреча this bug naïve 👍 deploy done coffee meeting написал	\N	2026-01-01 00:10:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [19, 32]]]	f	f
1123	18	2	You	\N	2026-01-01 00:10:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1124	28	6	You tomorrow написал café ありがとう написал release ok 👍 demo please tomorrow test ありがとう naïve naïve ありがとう	\N	2026-01-01 00:10:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [9]], ["👀", [6]]]	f	f
1125	60	22	Ticket review please meeting написали please 🎉 написали can later demo встреча	\N	2026-01-01 00:10:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1126	56	12	Сообщение test написал green meeting danke you написал tomorrow ticket написал релиз	\N	2026-01-01 00:10:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [24]], ["😂", [11]], ["🙏", [40]]]	f	f
1127	18	24	Ok straße review green	\N	2026-01-01 00:10:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1128	18	32	Later test bug test this résumé lunch 👍 slides 🎉 релиз	\N	2026-01-01 00:10:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1129	17	1	Ok friday slides	\N	2026-01-01 00:10:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1130	18	40	Hello again 会议 build green friday review can gracias later meeting café demo 明天 🎉	\N	2026-01-01 00:10:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1131	18	32	Slides demo сообщение test написали merci сообщение coffee review	\N	2026-01-01 00:10:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1132	70	2	Tomorrow ok	\N	2026-01-01 00:10:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1133	33	12	Tomorrow check ready	\N	2026-01-01 00:10:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1134	18	24	Hello сообщения the sure is release встреча deploy check написал straße написал this done build	\N	2026-01-01 00:10:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1135	1	9	Merci gracias 🎉 ok релиз	\N	2026-01-01 00:10:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1136	18	19	Sure ありがとう friday release test naïve	\N	2026-01-01 00:10:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1137	18	40	Merci написали встреча please you test	\N	2026-01-01 00:10:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1138	18	32	Hello café bug ありがとう done straße café slides 👍 ありがとう straße	\N	2026-01-01 00:10:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [24]], ["🙏", [32]]]	f	f
1139	18	19	Review café merci спасибо спасибо merci meeting сообщение 会议 café please this can	\N	2026-01-01 00:10:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1140	17	15	Сообщение café again straße ok 👍 gracias tomorrow lunch green résumé coffee bug résumé slides done lunch	\N	2026-01-01 00:10:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1141	73	27	Naïve again написал later danke check again merci hello написали test lunch friday	\N	2026-01-01 00:10:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1142	18	25	Ready написали deploy release danke is ticket test спасибо ありがとう sure lunch green sure 会议	\N	2026-01-01 00:10:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1143	73	10	👍 release	\N	2026-01-01 00:10:31+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1144	18	19	Сообщения demo check ticket tomorrow	\N	2026-01-01 00:10:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1168	18	24	Meeting	\N	2026-01-01 00:10:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1145	18	2	Check please later sure review bug ticket check ready 会议 café ticket	\N	2026-01-01 00:10:32+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [25]], ["😂", [19]]]	f	f
1146	18	25	Написал ticket hello release straße bug naïve gracias deploy написали build done ready lunch check написали meeting release	\N	2026-01-01 00:10:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1147	38	1	Can the написал release release this build done test naïve lunch slides can build	\N	2026-01-01 00:10:33+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [1]]]	f	f
1148	18	19	Naïve again done написал naïve the meeting slides green ticket slides ticket check	\N	2026-01-01 00:10:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1149	18	19	Спасибо сообщения danke 明天 done tomorrow danke	\N	2026-01-01 00:10:34+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [32]], ["👀", [2]], ["👍", [25]]]	f	f
1150	18	19	Сообщение résumé написали done tomorrow 👍 straße lunch résumé coffee сообщения 会议 please сообщения green please slides release	\N	2026-01-01 00:10:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [25]], ["👀", [32]]]	f	f
1151	18	25	Demo test demo	\N	2026-01-01 00:10:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1152	18	32	Can спасибо can lunch lunch coffee later deploy спасибо 会议 again coffee сообщения coffee встреча	\N	2026-01-01 00:10:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1153	79	8	Done bug coffee 👍 coffee danke сообщения meeting lunch релиз	\N	2026-01-01 00:10:36+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [22]], ["😂", [8]]]	f	f
1154	18	32	明天 friday 👍 сообщение straße straße release demo 会议 gracias straße meeting release lunch you 👍 danke	\N	2026-01-01 00:10:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1155	56	12	Can is green again 明天 🎉 ありがとう is coffee ticket релиз	\N	2026-01-01 00:10:37+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [20, 40]], ["👀", [12]]]	f	f
1156	17	1	@user0000015 Написали tomorrow the hello is	\N	2026-01-01 00:10:37.5+00	\N	\N	\N	\N	\N	\N	\N	{15}	[["❤️", [1]], ["😂", [15]]]	f	f
1157	70	34	Can написали check danke написали ありがとう can build 会议 bug	\N	2026-01-01 00:10:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1158	17	15	Please review build deploy релиз sure релиз demo build релиз 👍 sure	\N	2026-01-01 00:10:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1159	72	13	Green build the later danke coffee спасибо review can friday ready please	\N	2026-01-01 00:10:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1160	80	12	Сообщение the deploy 🎉 sure green demo 👍 straße	\N	2026-01-01 00:10:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [12]], ["👍", [3]]]	f	f
1161	18	2	Meeting review review straße tomorrow сообщения встреча	\N	2026-01-01 00:10:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1162	74	37	Test ok релиз написали release ok done ありがとう написали can спасибо straße 明天 coffee	\N	2026-01-01 00:10:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [6]], ["👍", [37]]]	f	f
1163	18	24	Naïve lunch 👍 café написали 👍 сообщение bug	\N	2026-01-01 00:10:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1164	18	2	This	\N	2026-01-01 00:10:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1165	18	25	Ok demo review 明天	\N	2026-01-01 00:10:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1166	18	25	Can написали 明天 this is green the check meeting done is	\N	2026-01-01 00:10:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1269	49	21	👍 会议	\N	2026-01-01 00:11:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1169	18	25	Naïve you hello coffee café ticket friday naïve you naïve 明天 release ready résumé gracias ready slides	\N	2026-01-01 00:10:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1170	24	19	Again check 🎉 release is slides later coffee gracias is hello slides is review	\N	2026-01-01 00:10:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1171	73	32	Sure release deploy ありがとう check 👍 résumé	\N	2026-01-01 00:10:45+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [32]]]	f	f
1172	18	25	Café slides you ticket спасибо the bug naïve 明天 明天 написали demo 🎉 🎉	\N	2026-01-01 00:10:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1173	18	32	Danke release 会议 is release написал test сообщения встреча 会议 naïve hello coffee can	\N	2026-01-01 00:10:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1174	18	19	Is danke naïve merci test straße gracias сообщения ticket ok is check this	\N	2026-01-01 00:10:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1175	17	1	Спасибо naïve tomorrow demo coffee 明天 bug test you meeting danke ok merci	\N	2026-01-01 00:10:47+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [1]], ["😂", [15]]]	f	f
1176	18	40	Спасибо hello 👍 ready deploy green ありがとう you test сообщение again bug danke	\N	2026-01-01 00:10:47.5+00	\N	1174	19	Is danke naïve merci test straße gracias сообщения ticket ok is check this	\N	\N	\N	{}	\N	f	f
1177	17	1	Спасибо danke написал tomorrow	\N	2026-01-01 00:10:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1178	18	25	@user0000025 Hello написали straße can	\N	2026-01-01 00:10:48.5+00	\N	\N	\N	\N	\N	\N	\N	{25}	\N	f	f
1179	18	40	Ok review	\N	2026-01-01 00:10:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1180	29	29	Спасибо done naïve you спасибо deploy can 👍 会议	\N	2026-01-01 00:10:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1181	29	39	The ありがとう сообщение релиз написал is résumé coffee 🎉 🎉 сообщения can	\N	2026-01-01 00:10:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1182	18	40	会议 again naïve this ありがとう tomorrow meeting сообщения the straße 明天 please test	\N	2026-01-01 00:10:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1183	29	39	👍 is demo the bug review ありがとう bug deploy	\N	2026-01-01 00:10:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1184	18	40	Can green	\N	2026-01-01 00:10:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1185	18	25	This hello сообщения again написал	\N	2026-01-01 00:10:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1186	48	30	Please bug lunch test bug 🎉 is ありがとう straße сообщение green написали	\N	2026-01-01 00:10:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1187	29	39	Demo friday this later danke this bug build спасибо green you please bug ready can coffee	\N	2026-01-01 00:10:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1188	18	24	You встреча ready ありがとう can	\N	2026-01-01 00:10:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1189	19	29	Demo straße meeting you	\N	2026-01-01 00:10:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1190	68	35	🎉 sure green green danke deploy later tomorrow you sure hello lunch can tomorrow straße friday	\N	2026-01-01 00:10:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1191	1	13	Test bug the	\N	2026-01-01 00:10:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1192	18	32	Написал deploy написали sure merci coffee 🎉 later 明天 again 明天 merci	\N	2026-01-01 00:10:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1193	29	29	Straße 会议 the coffee tomorrow 会议 check bug	\N	2026-01-01 00:10:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1194	18	19	Сообщения check green	\N	2026-01-01 00:10:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1195	15	16	Meeting check deploy merci coffee naïve сообщение check	\N	2026-01-01 00:10:57+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [16]], ["👀", [9]]]	f	f
1196	18	24	Сообщения deploy demo résumé hello is slides friday meeting review demo later café friday ok ticket ticket the	\N	2026-01-01 00:10:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1197	18	40	Later ありがとう demo 🎉 demo café build ready ok done review gracias	\N	2026-01-01 00:10:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1198	18	40	Danke meeting спасибо ticket build	\N	2026-01-01 00:10:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [32]], ["👍", [25]], ["🙏", [24]]]	f	f
1199	18	24	Merci danke later ready demo test написали is release you gracias написали ticket friday café is	\N	2026-01-01 00:10:59+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [19]], ["👍", [40]], ["🙏", [2]]]	f	f
1200	80	3	The tomorrow	\N	2026-01-01 00:10:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1201	18	24	Встреча this 👍	\N	2026-01-01 00:11:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1202	18	19	Bug this	\N	2026-01-01 00:11:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [2, 19]], ["❤️", [32]]]	f	f
1203	3	22	Café сообщения ありがとう sure slides lunch meeting	\N	2026-01-01 00:11:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1204	18	19	Ok can lunch ticket can review slides done again test merci 👍 спасибо you	\N	2026-01-01 00:11:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1205	18	25	Later	\N	2026-01-01 00:11:02+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [19, 40]], ["🙏", [24]]]	f	f
1206	12	35	Релиз	\N	2026-01-01 00:11:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1207	18	25	ありがとう green	\N	2026-01-01 00:11:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1208	18	40	Done sure	\N	2026-01-01 00:11:03.5+00	\N	1207	25	ありがとう green	\N	\N	\N	{}	\N	f	f
1209	29	29	Tomorrow review lunch	\N	2026-01-01 00:11:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1210	62	33	This	\N	2026-01-01 00:11:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1211	18	32	Friday встреча you review bug done later please bug danke merci сообщение релиз	\N	2026-01-01 00:11:05+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [32]]]	f	f
1212	73	10	ありがとう ありがとう написали done build 会议 test сообщение release meeting ticket релиз написал bug	\N	2026-01-01 00:11:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [10]]]	f	f
1213	18	19	You test hello meeting can lunch straße review 明天 спасибо	\N	2026-01-01 00:11:06+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1214	18	2	This 🎉 the	\N	2026-01-01 00:11:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2]], ["👍", [19]], ["🙏", [25]]]	f	f
1215	44	37	Check сообщение ok	\N	2026-01-01 00:11:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1216	17	15	Gracias naïve bug сообщения done the 🎉 straße	\N	2026-01-01 00:11:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1217	18	24	Please 👍 ok sure résumé написали please can lunch résumé ticket tomorrow встреча lunch naïve	\N	2026-01-01 00:11:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1218	17	1	Deploy green résumé café can 👍 review релиз спасибо сообщение ok café встреча slides	\N	2026-01-01 00:11:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1219	18	32	Green	\N	2026-01-01 00:11:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1220	53	6	明天 you сообщения again please again написал написали check please danke résumé slides релиз	\N	2026-01-01 00:11:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1221	53	4	👍 🎉 coffee again ok check slides merci 🎉 naïve demo	\N	2026-01-01 00:11:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1222	18	40	Please написал hello hello coffee	\N	2026-01-01 00:11:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [25]], ["😂", [24]], ["🙏", [19]]]	f	f
1223	18	40	Sure bug sure build ok café can later please	\N	2026-01-01 00:11:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1224	48	30	🎉 check the 👍 coffee done again tomorrow 会议 friday build ありがとう sure	\N	2026-01-01 00:11:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1225	68	18	Please demo встреча the релиз	\N	2026-01-01 00:11:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1226	18	19	Please sure ready later tomorrow сообщения lunch done test naïve встреча 🎉 test	\N	2026-01-01 00:11:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [24]], ["👀", [19]], ["👍", [25]]]	f	f
1227	18	25	Again спасибо gracias merci bug review build ready сообщение сообщения build build meeting please résumé résumé deploy please	\N	2026-01-01 00:11:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1228	18	32	🎉 postmortem	\N	2026-01-01 00:11:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1229	18	25	Release hello coffee sure sure again is	\N	2026-01-01 00:11:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1230	18	19	Check sure friday встреча merci green danke check ready please ready встреча you hello	\N	2026-01-01 00:11:14.5+00	\N	1229	25	Release hello coffee sure sure again is	\N	\N	\N	{}	\N	f	f
1231	18	32	Встреча 👍 встреча straße ok релиз ready the is 会议 deploy	\N	2026-01-01 00:11:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1232	18	2	Danke hello deploy can bug you sure can	\N	2026-01-01 00:11:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1233	18	24	Написали later please hello done bug danke спасибо написали the 🎉 danke check написал	\N	2026-01-01 00:11:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1234	18	25	Написал is	\N	2026-01-01 00:11:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1235	18	40	Again 👍 meeting review 会议 slides done test lunch релиз ok	\N	2026-01-01 00:11:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1236	11	11	Again test ticket 🎉 lunch спасибо you ありがとう ありがとう release deploy ok please релиз	\N	2026-01-01 00:11:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1237	72	13	会议 build friday	\N	2026-01-01 00:11:18+00	\N	1159	13	Green build the later danke coffee спасибо review can friday ready please	\N	\N	\N	{}	\N	f	f
1238	18	40	Lunch hello lunch check merci gracias ありがとう café 会议 написали green сообщение slides ありがとう friday	\N	2026-01-01 00:11:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [40]], ["🎉", [32]], ["🙏", [24]]]	f	f
1239	69	21	Again review написали you sure 明天 release release ありがとう done naïve demo сообщение check ready hello gracias	\N	2026-01-01 00:11:19+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [27, 36]], ["🙏", [33]]]	f	f
1240	18	40	The can 🎉 meeting tomorrow lunch 🎉 ok green спасибо done релиз green danke the 🎉 сообщения	\N	2026-01-01 00:11:19.5+00	\N	1238	40	Lunch hello lunch check merci gracias ありがとう café 会议 написали green сообщение slides ありがとう friday	\N	\N	\N	{}	\N	f	f
1241	18	24	Спасибо написали встреча встреча straße test sure встреча sure review you green again naïve café build	\N	2026-01-01 00:11:20+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [25]]]	f	f
1242	18	25	Tomorrow demo green friday спасибо the café café slides is demo review coffee ready	\N	2026-01-01 00:11:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [24]]]	f	f
1243	73	27	Check ok straße friday résumé meeting again danke	\N	2026-01-01 00:11:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1244	18	19	Slides done ticket coffee résumé написали again встреча slides this gracias coffee test релиз	\N	2026-01-01 00:11:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1245	18	25	Написал спасибо 明天 gracias	\N	2026-01-01 00:11:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1246	18	19	Demo can написали merci lunch green ticket coffee naïve slides slides build сообщение danke встреча danke ready	\N	2026-01-01 00:11:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [2, 19]], ["😂", [32]]]	f	f
1247	18	40	Green danke is 🎉 встреча build gracias café naïve	\N	2026-01-01 00:11:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1248	62	7	Coffee	\N	2026-01-01 00:11:23.5+00	\N	1210	33	This	\N	\N	\N	{}	\N	f	f
1249	11	11	Café 🎉 can lunch is release gracias demo test is can done tomorrow	\N	2026-01-01 00:11:24+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [11]]]	f	f
1250	18	32	Is 会议 明天 bug naïve danke meeting green	\N	2026-01-01 00:11:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1251	18	40	Сообщение meeting сообщение	\N	2026-01-01 00:11:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1252	22	18	会议 meeting slides please green встреча	\N	2026-01-01 00:11:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [18, 19]]]	f	f
1253	63	11	Please build 👍 ありがとう tomorrow this 明天	\N	2026-01-01 00:11:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1254	73	10	🎉 明天 написали done tomorrow tomorrow the ok 👍 написали	\N	2026-01-01 00:11:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1255	18	24	Sure релиз meeting done ありがとう meeting 会议 lunch check	\N	2026-01-01 00:11:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1256	18	25	Can review сообщения 明天 сообщения please написали naïve	\N	2026-01-01 00:11:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1257	18	2	Sure ok встреча the 明天 встреча is	\N	2026-01-01 00:11:28+00	\N	1256	25	Can review сообщения 明天 сообщения please написали naïve	\N	\N	\N	{}	\N	f	f
1258	18	32	ありがとう релиз bug релиз build meeting ticket test test написали this check 🎉 ok danke написал ありがとう	\N	2026-01-01 00:11:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1259	18	32	Can 会议 please again 明天 deploy done straße	\N	2026-01-01 00:11:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1260	18	19	Can can спасибо coffee	\N	2026-01-01 00:11:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1261	18	19	Tomorrow сообщения 🎉 merci this ありがとう is ok friday this написал	\N	2026-01-01 00:11:30+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [32]], ["🙏", [2]]]	f	f
1262	18	2	Релиз	\N	2026-01-01 00:11:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1263	18	24	Deploy 明天 🎉 ok résumé 🎉 sure 👍 friday сообщение	\N	2026-01-01 00:11:31+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1264	18	32	Meeting sure bug deploy again сообщение tomorrow this demo sure 明天 hello	\N	2026-01-01 00:11:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1265	18	32	👍 hello 🎉 can friday friday résumé sure	\N	2026-01-01 00:11:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1266	62	19	Demo ticket 🎉 you	\N	2026-01-01 00:11:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1267	18	2	@user0000040 Later can 会议 this ありがとう friday deploy naïve	\N	2026-01-01 00:11:33+00	\N	\N	\N	\N	\N	\N	\N	{40}	\N	f	f
1268	18	19	Написал you сообщение naïve release	\N	2026-01-01 00:11:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1270	18	24	Coffee check gracias 会议 tomorrow this gracias test café	\N	2026-01-01 00:11:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1271	18	40	Lunch 👍 明天 сообщения релиз release встреча coffee coffee this coffee review	\N	2026-01-01 00:11:35+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [25]]]	f	f
1272	29	29	Meeting straße bug ok this hello this	\N	2026-01-01 00:11:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1273	73	26	Test	\N	2026-01-01 00:11:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1274	7	3	Demo ありがとう сообщения gracias	\N	2026-01-01 00:11:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1275	63	11	Merci 👍 релиз build bug deploy is résumé 🎉 is спасибо build naïve résumé release	\N	2026-01-01 00:11:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1276	23	14	@user0000035 会议 build the 👍 ready gracias ready café can встреча	\N	2026-01-01 00:11:37.5+00	\N	\N	\N	\N	\N	\N	\N	{35}	\N	f	f
1277	18	19	You danke coffee lunch café tomorrow the test can sure 明天 сообщения sure	\N	2026-01-01 00:11:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1278	18	2	Later you bug merci релиз naïve done	\N	2026-01-01 00:11:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1279	18	19	ありがとう 会议 test спасибо please 明天 can done straße release danke test again merci coffee résumé ありがとう	\N	2026-01-01 00:11:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1280	18	19	@user0000002 This 明天 friday bug ticket спасибо написал naïve ready release test merci lunch релиз check	\N	2026-01-01 00:11:39.5+00	\N	\N	\N	\N	\N	\N	\N	{2}	\N	f	f
1281	18	40	Later later naïve ready you tomorrow the ticket danke релиз check ありがとう ok sure café ticket again naïve	\N	2026-01-01 00:11:40+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [2, 32]]]	f	f
1282	18	2	Спасибо 会议 sure again 👍 bug ありがとう build can 会议 coffee	\N	2026-01-01 00:11:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1283	18	2	Can tomorrow ありがとう coffee hello résumé is again this is this review сообщения deploy meeting встреча	\N	2026-01-01 00:11:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1284	68	35	Написали deploy merci test	\N	2026-01-01 00:11:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [18]], ["🙏", [35]]]	f	f
1285	49	21	ありがとう slides this tomorrow сообщение done release please café ありがとう сообщение this again again	\N	2026-01-01 00:11:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1286	70	34	Спасибо merci	\N	2026-01-01 00:11:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [34]], ["🙏", [2]]]	f	f
1287	18	40	Naïve coffee 👍 the deploy сообщения tomorrow lunch you релиз 明天	\N	2026-01-01 00:11:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1288	18	25	Café merci 👍 meeting release bug ok again ready написали can green later demo later	\N	2026-01-01 00:11:43.5+00	\N	1287	40	Naïve coffee 👍 the deploy сообщения tomorrow lunch you релиз 明天	\N	\N	\N	{}	\N	f	f
1289	18	24	Danke the demo can sure later merci later release ありがとう 👍	\N	2026-01-01 00:11:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1290	18	24	Встреча	\N	2026-01-01 00:11:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1291	37	34	Сообщения сообщения встреча lunch the is merci test tomorrow the check	\N	2026-01-01 00:11:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1292	18	19	Ticket friday tomorrow 🎉 会议 review 明天	\N	2026-01-01 00:11:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1293	18	25	Ticket you 会议 later merci coffee tomorrow deploy résumé demo	\N	2026-01-01 00:11:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1294	29	4	Ready написали you review hello tomorrow lunch again you straße	\N	2026-01-01 00:11:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1295	18	40	🎉 is	\N	2026-01-01 00:11:47+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [32]], ["👍", [40]], ["😂", [24]]]	f	f
1296	52	4	Ticket ok is build review meeting сообщения danke	\N	2026-01-01 00:11:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1297	68	35	Сообщение build ready ready hello the 🎉 ticket check release	\N	2026-01-01 00:11:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1298	18	40	Again написали ありがとう straße 👍 demo сообщения naïve сообщение straße 会议 naïve résumé build please merci review	\N	2026-01-01 00:11:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1299	78	19	Ticket you 会议 later merci coffee tomorrow deploy résumé demo	\N	2026-01-01 00:11:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1300	18	24	Please friday merci 会议 demo ありがとう naïve is tomorrow hello slides ticket danke lunch test the bug	\N	2026-01-01 00:11:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1301	18	25	Написали later	\N	2026-01-01 00:11:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1302	11	11	Straße please meeting naïve café написал later	\N	2026-01-01 00:11:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1303	18	40	明天 demo slides gracias сообщения deploy green ticket meeting lunch написали встреча bug спасибо 会议 review can ok	\N	2026-01-01 00:11:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1304	18	2	Again написал	\N	2026-01-01 00:11:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1305	18	24	Friday	\N	2026-01-01 00:11:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1306	18	32	Встреча deploy hello done you 👍 tomorrow later	\N	2026-01-01 00:11:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1307	68	18	Sure встреча test release 🎉 this ticket sure please build	\N	2026-01-01 00:11:53+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [35]], ["👍", [18]]]	f	f
1308	18	32	The 👍 релиз review	\N	2026-01-01 00:11:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1309	18	40	Написали tomorrow gracias danke ticket danke build demo meeting danke test review later green ok please ticket merci	\N	2026-01-01 00:11:54+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [2, 25]]]	f	f
1310	74	37	Naïve сообщение friday meeting 👍 demo сообщения написал ok test coffee сообщение	\N	2026-01-01 00:11:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1311	18	32	Сообщение this merci merci review спасибо release bug ticket check green	\N	2026-01-01 00:11:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1312	18	25	Please check slides сообщения green	\N	2026-01-01 00:11:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1313	18	19	会议 написал straße lunch lunch	\N	2026-01-01 00:11:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1314	18	24	🎉 明天 написали done tomorrow tomorrow the ok 👍 написали	\N	2026-01-01 00:11:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1315	18	25	Is sure встреча ok 明天 the straße встреча danke релиз	\N	2026-01-01 00:11:57+00	\N	1314	24	🎉 明天 написали done tomorrow tomorrow the ok 👍 написали	\N	\N	\N	{}	\N	f	f
1316	70	34	Gracias coffee 👍 résumé bug	\N	2026-01-01 00:11:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1337	18	24	Tomorrow спасибо check bug check release release ticket deploy 🎉 again café again review coffee merci	\N	2026-01-01 00:12:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1317	62	33	Сообщения 🎉 slides check again is straße 👍 🎉 deploy done this ありがとう the спасибо lunch hello straße	\N	2026-01-01 00:11:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1318	18	2	Спасибо check ありがとう сообщение meeting is please	\N	2026-01-01 00:11:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [32]], ["👍", [25]]]	f	f
1319	18	24	Is 会议	\N	2026-01-01 00:11:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1320	18	32	@user0000040 🎉 build you coffee	\N	2026-01-01 00:11:59.5+00	\N	1319	24	Is 会议	\N	\N	\N	{40}	\N	f	f
1321	18	25	You slides can	\N	2026-01-01 00:12:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1322	18	40	Check встреча спасибо done ok slides сообщения danke релиз friday test сообщения straße написал gracias this résumé ありがとう	\N	2026-01-01 00:12:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1323	18	2	Friday later you 👍 later coffee résumé green slides friday сообщение résumé again the demo	\N	2026-01-01 00:12:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1324	18	40	Can review 明天 ok	\N	2026-01-01 00:12:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1325	18	25	Tomorrow hello 会议 later friday please check релиз review this you again deploy tomorrow 会议	\N	2026-01-01 00:12:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1326	18	24	@user0000024 ありがとう can встреча bug ticket написали test is is coffee résumé friday slides ありがとう	\N	2026-01-01 00:12:02.5+00	\N	\N	\N	\N	\N	\N	\N	{24}	\N	f	f
1327	7	3	Deploy slides спасибо deploy ありがとう friday friday bug résumé test deploy ready релиз релиз demo you 会议	\N	2026-01-01 00:12:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1328	18	2	Sure релиз café 会议 gracias ready встреча green build the bug ready 👍 ありがとう	\N	2026-01-01 00:12:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1329	18	19	Résumé встреча later again ありがとう café can 🎉 ticket can сообщения hello 明天 this lunch 🎉 会议 friday	\N	2026-01-01 00:12:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1330	18	40	Review ok you ありがとう 明天 встреча friday can hello lunch check coffee lunch danke	\N	2026-01-01 00:12:04.5+00	\N	1329	19	Résumé встреча later again ありがとう café can 🎉 ticket can сообщения hello 明天 this lunch 🎉 会议 friday	\N	\N	\N	{}	\N	f	f
1331	18	25	Сообщение написал сообщения this again straße lunch ok friday ok naïve straße slides café	\N	2026-01-01 00:12:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1332	18	40	Coffee test can gracias this ready build merci meeting friday naïve later again straße review	\N	2026-01-01 00:12:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1333	18	25	This hello сообщения again написал	\N	2026-01-01 00:12:06+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [32]]]	f	f
1334	18	32	The done сообщение сообщения написали sure ready friday сообщение coffee	\N	2026-01-01 00:12:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1335	18	25	Build danke написали sure ticket again is build ok сообщение meeting you 👍 coffee сообщения 👍	\N	2026-01-01 00:12:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1336	18	19	Café релиз релиз сообщения straße 🎉 can merci lunch спасибо test danke	\N	2026-01-01 00:12:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [25, 32]], ["🎉", [24]]]	f	f
1339	18	25	Gracias 明天 résumé ready café написали сообщения merci написал	\N	2026-01-01 00:12:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1340	18	24	Coffee slides deploy danke meeting release check friday спасибо ありがとう релиз build 👍 slides сообщения demo the	\N	2026-01-01 00:12:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1341	18	2	Done naïve is the sure	\N	2026-01-01 00:12:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1342	18	19	Test 明天 спасибо later	\N	2026-01-01 00:12:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1343	18	19	Test спасибо сообщения gracias build you this demo написал сообщения later this tomorrow hello	\N	2026-01-01 00:12:11+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25]], ["😂", [24]]]	f	f
1344	18	40	Done написали is встреча naïve check релиз hello bug build встреча naïve danke	\N	2026-01-01 00:12:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2]]]	f	f
1345	18	25	Demo сообщение написал can 明天 написали this sure 明天 build	\N	2026-01-01 00:12:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1346	80	3	Спасибо merci	\N	2026-01-01 00:12:12.5+00	\N	1200	3	The tomorrow	\N	\N	\N	{}	\N	f	f
1347	18	32	Please danke hello deploy check 👍 later ticket danke ready naïve slides slides	\N	2026-01-01 00:12:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1348	18	25	Release ありがとう hello café café hello hello ok the build naïve релиз bug review сообщения написал release build	\N	2026-01-01 00:12:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1349	70	34	Naïve review deploy встреча check review this 👍 bug сообщения tomorrow café lunch gracias сообщение	\N	2026-01-01 00:12:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1350	18	19	Ticket you résumé сообщение релиз can danke please straße 👍 bug résumé gracias coffee naïve green slides	\N	2026-01-01 00:12:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1351	18	2	Later встреча встреча danke naïve tomorrow спасибо сообщение ticket this sure ticket релиз later again demo спасибо later	\N	2026-01-01 00:12:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1352	62	7	Hello can ready 明天 hello slides lunch релиз café green 明天 meeting 明天 hello 👍	\N	2026-01-01 00:12:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [10]], ["👀", [7]], ["👍", [19]]]	f	f
1353	18	25	🎉 merci merci review test 👍 сообщение встреча bug review check green	\N	2026-01-01 00:12:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1354	18	19	Is lunch merci deploy green résumé релиз release café	\N	2026-01-01 00:12:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1355	18	40	Check релиз danke ticket release deploy	\N	2026-01-01 00:12:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1356	18	32	Спасибо demo lunch сообщения	\N	2026-01-01 00:12:17.5+00	\N	1355	40	Check релиз danke ticket release deploy	\N	\N	\N	{}	[["❤️", [25]], ["😂", [19]]]	f	f
1357	6	25	Slides deploy написали is the сообщения deploy ありがとう green done 🎉 review 🎉 сообщение the you	\N	2026-01-01 00:12:18+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [13]], ["👍", [25]]]	f	f
1358	68	18	Hello please 🎉 café danke meeting сообщение demo написали slides slides friday friday café café	\N	2026-01-01 00:12:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1359	29	1	Green please 🎉	\N	2026-01-01 00:12:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1360	18	19	Friday 👍 написали	\N	2026-01-01 00:12:19.5+00	\N	1356	32	Спасибо demo lunch сообщения	\N	\N	\N	{}	\N	f	f
1361	62	33	Bug 明天	\N	2026-01-01 00:12:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1362	79	8	Написал ticket friday ありがとう café later 明天 slides test meeting coffee	\N	2026-01-01 00:12:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1363	18	19	Coffee green is danke coffee ready is check you deploy can check tomorrow 会议 сообщения gracias ありがとう the	\N	2026-01-01 00:12:21+00	\N	1360	19	Friday 👍 написали	\N	\N	\N	{}	[["❤️", [19]]]	f	f
1364	18	24	Can done done deploy café deploy ready green встреча green сообщение you bug 🎉 🎉 сообщение tomorrow	\N	2026-01-01 00:12:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1365	18	19	Please 明天 bug test demo	\N	2026-01-01 00:12:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1366	29	39	明天	\N	2026-01-01 00:12:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1367	18	32	👍 sure 👍 👍 slides release release naïve done ticket check	\N	2026-01-01 00:12:23+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2, 19, 25]]]	f	f
1368	18	32	Hello friday 明天 明天 this résumé ready сообщения написал meeting done can tomorrow	\N	2026-01-01 00:12:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [19, 32]], ["❤️", [2]]]	f	f
1369	18	19	Gracias you the gracias résumé coffee 👍 can again 🎉 gracias 会议 релиз встреча hello test naïve	\N	2026-01-01 00:12:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1370	18	19	Merci сообщение tomorrow done again please build ありがとう demo merci lunch café this спасибо gracias green green	\N	2026-01-01 00:12:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1371	16	31	Deploy merci you build deploy tomorrow 👍 check you	\N	2026-01-01 00:12:25+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [12, 31]]]	f	f
1372	73	39	The green написали bug lunch bug ありがとう meeting please sure demo	\N	2026-01-01 00:12:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1373	18	2	Написал	\N	2026-01-01 00:12:26+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [32]], ["👀", [24]]]	f	f
1374	18	19	Deploy сообщения later hello test done can please	\N	2026-01-01 00:12:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1375	18	19	Сообщение написал сообщения this again straße lunch ok friday ok naïve straße slides café	\N	2026-01-01 00:12:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1376	18	19	Deploy hello meeting check ok résumé ok gracias release 🎉 later you straße	\N	2026-01-01 00:12:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1377	18	32	@user0000019 Встреча merci sure later done review 🎉 написал straße coffee hello ready please	\N	2026-01-01 00:12:28+00	\N	\N	\N	\N	\N	\N	\N	{19}	\N	f	f
1378	18	2	Résumé done gracias demo написал ok ticket please meeting	\N	2026-01-01 00:12:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1379	18	32	Tomorrow 会议 gracias demo green ticket 会议 встреча ready gracias 明天 this hello release встреча check test	\N	2026-01-01 00:12:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1380	30	6	Sure релиз ok naïve the meeting ready спасибо релиз	\N	2026-01-01 00:12:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1381	80	12	Tomorrow this release bug coffee the написал tomorrow is résumé gracias build сообщения сообщения naïve build the	\N	2026-01-01 00:12:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1382	18	24	Sure	\N	2026-01-01 00:12:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1383	18	40	Café релиз релиз сообщения straße 🎉 can merci lunch спасибо test danke	\N	2026-01-01 00:12:31+00	\N	1382	24	Sure	\N	\N	\N	{}	\N	f	f
1384	72	13	Slides	\N	2026-01-01 00:12:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1385	73	27	Встреча review done friday 会议 you merci спасибо check ありがとう	\N	2026-01-01 00:12:32+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [39]]]	f	f
1386	18	24	🎉 sure bug 会议 meeting can again meeting 🎉 naïve	\N	2026-01-01 00:12:32.5+00	\N	1383	40	Café релиз релиз сообщения straße 🎉 can merci lunch спасибо test danke	\N	\N	\N	{}	\N	f	f
1387	62	19	Релиз 会议 👍 please slides check написал done написали friday meeting bug lunch 🎉 coffee check релиз 👍	\N	2026-01-01 00:12:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1388	18	25	Спасибо	\N	2026-01-01 00:12:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1389	18	25	Café review hello 明天 review green naïve sure is café café написал sure gracias coffee спасибо	\N	2026-01-01 00:12:34+00	\N	1388	25	Спасибо	\N	\N	\N	{}	\N	f	f
1390	18	32	Ready demo 明天 friday coffee danke résumé 🎉 test	\N	2026-01-01 00:12:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2]], ["👀", [25]], ["😂", [40]]]	f	f
1391	18	24	Ok coffee gracias meeting спасибо demo can 👍 this написал deploy build	\N	2026-01-01 00:12:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1392	18	2	Написали merci review релиз сообщения again you résumé résumé	\N	2026-01-01 00:12:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [40]], ["🙏", [24]]]	f	f
1393	18	40	Is friday green написал релиз you ready can friday later can is is danke the bug is	\N	2026-01-01 00:12:36+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [24, 32]], ["❤️", [19]]]	f	f
1394	18	19	Review build ticket hello merci check résumé bug	\N	2026-01-01 00:12:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1395	18	2	Deploy ticket build demo done ticket is later résumé hello résumé can	\N	2026-01-01 00:12:37+00	\N	1394	19	Review build ticket hello merci check résumé bug	\N	\N	\N	{}	\N	f	f
1396	18	25	Can ありがとう coffee test сообщение you ok hello friday test 👍 you	\N	2026-01-01 00:12:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1397	18	2	Straße please meeting naïve café написал later	\N	2026-01-01 00:12:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1398	18	40	Café this 明天 café написал	\N	2026-01-01 00:12:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25]], ["🎉", [19]], ["😂", [2]]]	f	f
1399	18	32	Релиз check написал release sure	\N	2026-01-01 00:12:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1400	18	40	Danke написал café ready сообщения coffee green написал deploy ありがとう meeting ticket build bug lunch is check	\N	2026-01-01 00:12:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1401	18	25	Test сообщение 👍 merci hello review release done релиз build tomorrow done написал	\N	2026-01-01 00:12:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1402	18	19	@user0000032 Is done can сообщения 明天 this	\N	2026-01-01 00:12:40.5+00	\N	\N	\N	\N	\N	\N	\N	{32}	\N	f	f
1403	18	25	会议 later done the сообщения demo demo сообщения release 👍 релиз please встреча релиз ready 🎉 is you	\N	2026-01-01 00:12:41+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2]], ["👍", [32]]]	f	f
1404	17	1	This 🎉 👍 встреча friday demo later	\N	2026-01-01 00:12:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1405	18	19	Gracias 👍 this the review 🎉 friday café meeting	\N	2026-01-01 00:12:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1406	18	19	Can ありがとう	\N	2026-01-01 00:12:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1407	29	1	Спасибо сообщения ok is 🎉 you this later merci check	\N	2026-01-01 00:12:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1408	62	10	You review tomorrow again release bug you build coffee sure 会议 can meeting	\N	2026-01-01 00:12:43.5+00	\N	1387	19	Релиз 会议 👍 please slides check написал done написали friday meeting bug lunch 🎉 coffee check релиз 👍	\N	\N	\N	{}	\N	f	f
1409	17	1	Coffee 🎉 again встреча the lunch релиз tomorrow this 会议 again naïve you встреча coffee bug	\N	2026-01-01 00:12:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1410	18	19	Встреча slides you done café done 会议 straße написал gracias demo	\N	2026-01-01 00:12:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1411	18	40	Test done 👍 build the danke check sure ok релиз	\N	2026-01-01 00:12:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1412	18	24	Merci the this build tomorrow test tomorrow спасибо gracias again ありがとう ok naïve	\N	2026-01-01 00:12:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [19]], ["🙏", [25]]]	f	f
1413	18	32	Green написал gracias 👍 friday сообщения can	\N	2026-01-01 00:12:46+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [32]], ["👍", [2]], ["😂", [19]]]	f	f
1414	23	35	Lunch you friday релиз test bug ready	\N	2026-01-01 00:12:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1415	18	40	@user0000025 会议 danke ok ticket спасибо straße сообщение ready bug slides green naïve	\N	2026-01-01 00:12:47+00	\N	1413	32	Green написал gracias 👍 friday сообщения can	\N	\N	\N	{25}	[["🎉", [32, 40]], ["👍", [24]]]	f	f
1416	26	34	Lunch naïve this build you merci merci done please friday ticket deploy 会议 danke	\N	2026-01-01 00:12:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1417	18	32	Gracias встреча сообщение this gracias the naïve café test	\N	2026-01-01 00:12:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1418	18	32	Bug green 会议 ready café café coffee later demo сообщение demo green please is merci ありがとう	\N	2026-01-01 00:12:48.5+00	\N	1417	32	Gracias встреча сообщение this gracias the naïve café test	\N	\N	\N	{}	[["🎉", [25]], ["👍", [2]]]	f	f
1419	73	32	会议 danke ok ticket спасибо straße сообщение ready bug slides green naïve	\N	2026-01-01 00:12:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1420	35	36	Done demo 🎉 this can	\N	2026-01-01 00:12:49.5+00	\N	403	23	明天 later	\N	\N	\N	{}	\N	f	f
1421	18	40	Review the friday 🎉 check résumé ready 会议 会议 спасибо сообщения coffee deploy later	\N	2026-01-01 00:12:50+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [40]], ["👍", [24]], ["😂", [2]]]	f	f
1422	70	2	Ready	\N	2026-01-01 00:12:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1423	11	11	Meeting встреча	\N	2026-01-01 00:12:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1424	18	40	Написал спасибо deploy the can merci naïve sure спасибо again 明天 deploy	\N	2026-01-01 00:12:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1425	18	19	Ready 明天 написал	\N	2026-01-01 00:12:52+00	\N	1424	40	Написал спасибо deploy the can merci naïve sure спасибо again 明天 deploy	\N	\N	\N	{}	\N	f	f
1426	18	40	Later 会议 is naïve ticket ok is сообщения deploy you	\N	2026-01-01 00:12:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1427	18	19	Релиз написал hello please release demo lunch slides is build you sure 👍 сообщение the	\N	2026-01-01 00:12:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1428	18	24	Danke résumé 会议 ありがとう friday naïve встреча написал you написал встреча test 会议 friday check написали ありがとう написал	\N	2026-01-01 00:12:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1429	18	24	Please сообщения 🎉 meeting lunch ありがとう	\N	2026-01-01 00:12:54+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [24]]]	f	f
1430	18	19	Lunch сообщение you	\N	2026-01-01 00:12:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1431	18	2	ありがとう friday coffee demo café danke danke is 明天 lunch again test hello review	\N	2026-01-01 00:12:55+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25]], ["😂", [40]]]	f	f
1432	18	25	Sure ready deploy later straße deploy bug review написал ok release	\N	2026-01-01 00:12:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1433	48	30	Sure slides straße again later check can ありがとう test ready deploy the deploy done demo	\N	2026-01-01 00:12:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1434	18	2	Test спасибо lunch 🎉 明天 lunch	\N	2026-01-01 00:12:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1435	18	32	Bug gracias	\N	2026-01-01 00:12:57+00	\N	1434	2	Test спасибо lunch 🎉 明天 lunch	\N	\N	\N	{}	\N	f	f
1436	17	15	Can the 👍 ok 🎉 can bug release релиз can green сообщение the lunch later	\N	2026-01-01 00:12:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1437	73	26	Please спасибо 明天 can 明天	\N	2026-01-01 00:12:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1438	18	40	Review gracias again meeting сообщения merci this danke написал build again ready встреча tomorrow	\N	2026-01-01 00:12:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1439	4	11	Сообщения slides написали	\N	2026-01-01 00:12:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1440	3	22	Релиз 👍 ありがとう café can again the	\N	2026-01-01 00:12:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [10, 40]], ["🙏", [22]]]	f	f
1441	18	24	Спасибо	\N	2026-01-01 00:13:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1442	18	40	Написал ticket hello release straße bug naïve gracias deploy написали build done ready lunch check написали meeting release	\N	2026-01-01 00:13:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [25]], ["🙏", [24]]]	f	f
1443	18	19	Later 👍 coffee спасибо test is merci sure ready 🎉 спасибо sure	\N	2026-01-01 00:13:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1444	18	25	@user0000019 会议 release coffee review спасибо this релиз спасибо friday hello встреча ticket test tomorrow merci написал 🎉	\N	2026-01-01 00:13:01.5+00	\N	\N	\N	\N	\N	\N	\N	{19}	\N	f	f
1445	18	24	Is ticket сообщение deploy release friday релиз coffee can релиз green ticket meeting you demo встреча	\N	2026-01-01 00:13:02+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [24]], ["😂", [2]]]	f	f
1446	42	31	Please merci 👍 green deploy meeting review done is deploy résumé danke you slides can naïve	\N	2026-01-01 00:13:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1447	18	19	Again résumé	\N	2026-01-01 00:13:03+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [2, 40]]]	f	f
1448	62	19	Test naïve review this naïve the the is later hello build	\N	2026-01-01 00:13:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1449	18	19	Straße meeting sure naïve deploy спасибо	\N	2026-01-01 00:13:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1450	70	34	Later 👍 ready is bug ready test ok написали build lunch написал build coffee naïve tomorrow	\N	2026-01-01 00:13:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [2]]]	f	f
1451	17	15	Написал bug test straße café ready сообщение release danke 明天 сообщения написали release hello	\N	2026-01-01 00:13:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1452	18	24	Can please build slides danke check релиз meeting	\N	2026-01-01 00:13:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1454	18	40	Check спасибо check deploy done later ありがとう please café release can sure написали danke сообщение	\N	2026-01-01 00:13:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1455	18	32	Danke встреча can is is lunch сообщение	\N	2026-01-01 00:13:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1456	7	17	The sure friday please meeting	\N	2026-01-01 00:13:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1457	18	40	Résumé ticket спасибо slides meeting 会议 🎉	\N	2026-01-01 00:13:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1458	35	23	Review 🎉 ticket done	\N	2026-01-01 00:13:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [36]]]	f	f
1459	18	40	Demo спасибо danke gracias	\N	2026-01-01 00:13:09+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [19]], ["🙏", [2]]]	f	f
1460	18	2	Gracias green straße later is 👍	\N	2026-01-01 00:13:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [19, 32]], ["😂", [25]]]	f	f
1461	62	7	Написал can demo lunch café ありがとう slides demo сообщение релиз 👍 gracias сообщения sure сообщения	\N	2026-01-01 00:13:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1462	18	25	Can done sure again again check this later demo green is сообщения demo 👍 🎉	\N	2026-01-01 00:13:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1463	62	10	Встреча sure review	\N	2026-01-01 00:13:11+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [19, 33]], ["😂", [10]]]	f	f
1464	18	19	Again can gracias gracias résumé sure straße gracias please 会议 review	\N	2026-01-01 00:13:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1465	56	12	Friday 明天 встреча done встреча 🎉 сообщение done straße ticket release сообщение later	\N	2026-01-01 00:13:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1466	18	24	Can coffee slides спасибо	\N	2026-01-01 00:13:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1467	18	19	Сообщение straße релиз сообщение this	\N	2026-01-01 00:13:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1468	18	19	This 会议 gracias coffee this résumé coffee ready sure merci done check 🎉	\N	2026-01-01 00:13:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2, 25]]]	f	f
1469	18	40	ありがとう check later сообщение спасибо bug release you lunch naïve check check coffee	\N	2026-01-01 00:13:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1470	18	40	Написали green написал ticket 🎉 lunch сообщение встреча coffee done is the сообщение demo résumé sure done	\N	2026-01-01 00:13:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1471	73	27	👍 demo again please	\N	2026-01-01 00:13:15+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [32]], ["👀", [26]], ["👍", [39]]]	f	f
1472	18	19	@user0000025 Coffee 🎉 again встреча the lunch релиз tomorrow this 会议 again naïve you встреча coffee bug	\N	2026-01-01 00:13:15.5+00	\N	\N	\N	\N	\N	\N	\N	{25}	[["👀", [40]], ["😂", [2]]]	f	f
1473	18	24	Сообщение	\N	2026-01-01 00:13:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1474	18	32	Build sure please done please встреча встреча ありがとう сообщение	\N	2026-01-01 00:13:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1475	18	32	Later merci lunch	\N	2026-01-01 00:13:17+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [32]], ["👀", [2]]]	f	f
1476	18	32	Friday straße gracias ticket спасибо ready green later спасибо slides bug релиз coffee 👍	\N	2026-01-01 00:13:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1477	18	32	Again build straße demo café build 明天 café you	\N	2026-01-01 00:13:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1478	18	40	Naïve 明天 🎉 check danke straße	\N	2026-01-01 00:13:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2, 40]], ["🎉", [19]]]	f	f
1479	17	15	Test demo ok this test gracias lunch later	\N	2026-01-01 00:13:19+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [15]], ["🙏", [1]]]	f	f
1480	18	32	Написал danke сообщения	\N	2026-01-01 00:13:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1481	18	40	Deploy you test résumé 会议 会议	\N	2026-01-01 00:13:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1482	18	32	Deploy meeting this slides please lunch again сообщения спасибо check ok naïve 会议 bug	\N	2026-01-01 00:13:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1483	18	32	Сообщения ready the you danke résumé hello ready you ticket встреча sure bug done спасибо release 🎉	\N	2026-01-01 00:13:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1484	18	32	Ready написали you review hello tomorrow lunch again you straße	\N	2026-01-01 00:13:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1485	18	25	Demo lunch later meeting this ticket the straße the coffee bug bug release 明天 lunch	\N	2026-01-01 00:13:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1486	18	32	Résumé demo again релиз done сообщения this build later 会议 you is tomorrow 👍 danke	\N	2026-01-01 00:13:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1487	18	25	Naïve deploy test demo this ok ありがとう this сообщение the	\N	2026-01-01 00:13:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1488	18	2	会议 hello написал релиз	\N	2026-01-01 00:13:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1489	18	19	Can please	\N	2026-01-01 00:13:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1490	60	19	Demo straße ありがとう coffee сообщения please again demo demo demo done сообщения написал danke 🎉 sure	\N	2026-01-01 00:13:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1491	17	1	Спасибо merci 🎉	\N	2026-01-01 00:13:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1492	18	25	Ready написали slides merci встреча the demo done again 👍 demo demo merci 会议	\N	2026-01-01 00:13:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1493	18	32	🎉 bug café sure	\N	2026-01-01 00:13:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1494	18	19	Сообщения test сообщения ok slides deploy done ありがとう danke check sure naïve	\N	2026-01-01 00:13:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1495	18	19	Café спасибо done релиз you встреча you straße danke ticket the hello ticket релиз release	\N	2026-01-01 00:13:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1496	42	31	Friday 明天 ありがとう can naïve please 🎉 review release написал ready	\N	2026-01-01 00:13:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [5]], ["🎉", [31]]]	f	f
1497	65	19	Friday 🎉	\N	2026-01-01 00:13:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1498	18	2	Test this bug спасибо	\N	2026-01-01 00:13:28.5+00	\N	1495	19	Café спасибо done релиз you встреча you straße danke ticket the hello ticket релиз release	\N	\N	\N	{}	\N	f	f
1499	18	32	Релиз release danke check спасибо done	\N	2026-01-01 00:13:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
1500	18	25	Coffee friday build 会议 🎉 straße bug bug coffee	\N	2026-01-01 00:13:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f	f
\.


--
-- Data for Name: attachments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.attachments (id, chat_id, message_id, user_id, filename, content_type, size, storage_key, created_at) FROM stdin;
\.


--
-- Data for Name: exports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.exports (id, user_id, created_at, leased_until, finished_at, size) FROM stdin;
\.


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mail_outbox (id, kind, user_id, payload, created_at, next_attempt_at, claimed_until, attempts, last_error, sent_at, failed_at) FROM stdin;
\.


--
-- Data for Name: members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.members (chat_id, user_id, role, joined_at, last_read_message_id, digested_message_id, muted) FROM stdin;
1	13	owner	2026-01-01 00:00:00+00	1135	1191	f
1	18	member	2026-01-01 00:00:00+00	777	1191	f
1	19	member	2026-01-01 00:00:00+00	348	1191	f
1	9	member	2026-01-01 00:00:00+00	1135	1191	f
2	27	owner	2026-01-01 00:00:00.01+00	425	800	f
2	14	member	2026-01-01 00:00:00.01+00	712	800	f
2	34	member	2026-01-01 00:00:00.01+00	712	800	f
2	23	member	2026-01-01 00:00:00.01+00	712	800	f
2	11	member	2026-01-01 00:00:00.01+00	712	800	f
2	2	member	2026-01-01 00:00:00.01+00	712	800	f
2	31	member	2026-01-01 00:00:00.01+00	712	800	f
2	21	member	2026-01-01 00:00:00.01+00	712	800	f
3	36	owner	2026-01-01 00:00:00.02+00	1203	1440	f
3	22	member	2026-01-01 00:00:00.02+00	908	1440	f
3	10	member	2026-01-01 00:00:00.02+00	1203	1440	f
3	40	member	2026-01-01 00:00:00.02+00	1203	1440	f
4	6	member	2026-01-01 00:00:00.03+00	49	1439	f
4	11	member	2026-01-01 00:00:00.03+00	986	1439	f
5	7	member	2026-01-01 00:00:00.04+00	893	1054	f
5	24	member	2026-01-01 00:00:00.04+00	893	1054	f
6	13	member	2026-01-01 00:00:00.05+00	435	1357	f
6	25	member	2026-01-01 00:00:00.05+00	758	1357	f
7	3	member	2026-01-01 00:00:00.06+00	1274	1456	f
7	17	member	2026-01-01 00:00:00.06+00	1274	1456	f
8	35	owner	2026-01-01 00:00:00.07+00	414	1030	f
8	26	member	2026-01-01 00:00:00.07+00	414	1030	f
8	37	member	2026-01-01 00:00:00.07+00	414	1030	f
8	31	member	2026-01-01 00:00:00.07+00	414	1030	f
9	4	member	2026-01-01 00:00:00.08+00	0	650	f
9	7	member	2026-01-01 00:00:00.08+00	0	650	f
10	13	member	2026-01-01 00:00:00.09+00	538	902	f
10	20	member	2026-01-01 00:00:00.09+00	538	902	f
11	11	member	2026-01-01 00:00:00.1+00	1236	1423	f
11	33	member	2026-01-01 00:00:00.1+00	1302	1423	f
12	5	owner	2026-01-01 00:00:00.11+00	1063	1206	f
12	35	member	2026-01-01 00:00:00.11+00	489	1206	f
12	4	member	2026-01-01 00:00:00.11+00	1093	1206	f
12	2	member	2026-01-01 00:00:00.11+00	1093	1206	f
12	33	member	2026-01-01 00:00:00.11+00	1063	1206	f
12	17	member	2026-01-01 00:00:00.11+00	489	1206	f
13	3	member	2026-01-01 00:00:00.12+00	286	1079	f
13	18	member	2026-01-01 00:00:00.12+00	286	1079	f
14	2	owner	2026-01-01 00:00:00.13+00	0	0	f
14	26	member	2026-01-01 00:00:00.13+00	0	0	f
14	17	member	2026-01-01 00:00:00.13+00	0	0	f
14	6	member	2026-01-01 00:00:00.13+00	0	0	f
14	4	member	2026-01-01 00:00:00.13+00	0	0	f
14	33	member	2026-01-01 00:00:00.13+00	0	0	f
15	9	member	2026-01-01 00:00:00.14+00	770	1195	f
15	16	member	2026-01-01 00:00:00.14+00	632	1195	f
16	12	member	2026-01-01 00:00:00.15+00	993	1371	f
16	31	member	2026-01-01 00:00:00.15+00	235	1371	f
17	1	member	2026-01-01 00:00:00.16+00	1177	1491	f
17	15	member	2026-01-01 00:00:00.16+00	1175	1491	f
18	32	owner	2026-01-01 00:00:00.17+00	1163	1500	f
18	40	member	2026-01-01 00:00:00.17+00	1232	1500	f
18	25	member	2026-01-01 00:00:00.17+00	1443	1500	f
18	24	member	2026-01-01 00:00:00.17+00	913	1500	f
18	19	member	2026-01-01 00:00:00.17+00	1369	1500	f
18	2	member	2026-01-01 00:00:00.17+00	1226	1500	f
19	21	owner	2026-01-01 00:00:00.18+00	847	1189	f
19	18	member	2026-01-01 00:00:00.18+00	376	1189	f
19	29	member	2026-01-01 00:00:00.18+00	847	1189	f
19	17	member	2026-01-01 00:00:00.18+00	376	1189	f
20	18	member	2026-01-01 00:00:00.19+00	565	660	f
20	24	member	2026-01-01 00:00:00.19+00	565	660	f
21	6	member	2026-01-01 00:00:00.2+00	250	739	f
21	10	member	2026-01-01 00:00:00.2+00	250	739	f
22	18	member	2026-01-01 00:00:00.21+00	448	1252	f
22	19	member	2026-01-01 00:00:00.21+00	448	1252	f
23	14	member	2026-01-01 00:00:00.22+00	1276	1414	f
23	35	member	2026-01-01 00:00:00.22+00	1276	1414	f
24	38	owner	2026-01-01 00:00:00.23+00	0	1170	f
24	32	member	2026-01-01 00:00:00.23+00	0	1170	f
24	1	member	2026-01-01 00:00:00.23+00	0	1170	f
24	19	member	2026-01-01 00:00:00.23+00	0	1170	f
25	15	member	2026-01-01 00:00:00.24+00	714	991	f
25	21	member	2026-01-01 00:00:00.24+00	820	991	f
26	24	member	2026-01-01 00:00:00.25+00	767	1416	f
26	34	member	2026-01-01 00:00:00.25+00	767	1416	f
27	27	member	2026-01-01 00:00:00.26+00	0	626	f
27	30	member	2026-01-01 00:00:00.26+00	0	626	f
28	6	member	2026-01-01 00:00:00.27+00	999	1124	f
28	9	member	2026-01-01 00:00:00.27+00	783	1124	f
29	39	owner	2026-01-01 00:00:00.28+00	1077	1407	f
29	4	member	2026-01-01 00:00:00.28+00	1113	1407	f
29	29	member	2026-01-01 00:00:00.28+00	1183	1407	f
29	1	member	2026-01-01 00:00:00.28+00	1209	1407	f
30	6	member	2026-01-01 00:00:00.29+00	528	1380	f
30	35	member	2026-01-01 00:00:00.29+00	528	1380	f
31	38	owner	2026-01-01 00:00:00.3+00	0	65	f
31	6	member	2026-01-01 00:00:00.3+00	0	65	f
31	17	member	2026-01-01 00:00:00.3+00	0	65	f
31	29	member	2026-01-01 00:00:00.3+00	0	65	f
32	9	owner	2026-01-01 00:00:00.31+00	0	0	f
32	27	member	2026-01-01 00:00:00.31+00	0	0	f
32	39	member	2026-01-01 00:00:00.31+00	0	0	f
32	18	member	2026-01-01 00:00:00.31+00	0	0	f
33	23	owner	2026-01-01 00:00:00.32+00	0	1133	f
33	17	member	2026-01-01 00:00:00.32+00	0	1133	f
33	25	member	2026-01-01 00:00:00.32+00	0	1133	f
33	18	member	2026-01-01 00:00:00.32+00	0	1133	f
33	21	member	2026-01-01 00:00:00.32+00	0	1133	f
33	11	member	2026-01-01 00:00:00.32+00	0	1133	f
33	31	member	2026-01-01 00:00:00.32+00	0	1133	f
33	28	member	2026-01-01 00:00:00.32+00	0	1133	f
33	12	member	2026-01-01 00:00:00.32+00	0	1133	f
33	33	member	2026-01-01 00:00:00.32+00	0	1133	f
33	30	member	2026-01-01 00:00:00.32+00	0	1133	f
33	26	member	2026-01-01 00:00:00.32+00	0	1133	f
33	29	member	2026-01-01 00:00:00.32+00	0	1133	f
34	23	member	2026-01-01 00:00:00.33+00	969	1021	f
34	32	member	2026-01-01 00:00:00.33+00	969	1021	f
35	23	member	2026-01-01 00:00:00.34+00	390	1458	f
35	36	member	2026-01-01 00:00:00.34+00	1420	1458	f
36	6	member	2026-01-01 00:00:00.35+00	0	27	f
36	20	member	2026-01-01 00:00:00.35+00	0	27	f
37	16	member	2026-01-01 00:00:00.36+00	0	1291	f
37	34	member	2026-01-01 00:00:00.36+00	0	1291	f
38	1	member	2026-01-01 00:00:00.37+00	485	1147	f
38	33	member	2026-01-01 00:00:00.37+00	485	1147	f
39	8	member	2026-01-01 00:00:00.38+00	0	71	f
39	27	member	2026-01-01 00:00:00.38+00	0	71	f
40	25	owner	2026-01-01 00:00:00.39+00	0	0	f
40	28	member	2026-01-01 00:00:00.39+00	0	0	f
40	13	member	2026-01-01 00:00:00.39+00	0	0	f
40	34	member	2026-01-01 00:00:00.39+00	0	0	f
41	26	member	2026-01-01 00:00:00.4+00	867	1109	f
41	36	member	2026-01-01 00:00:00.4+00	765	1109	f
42	5	member	2026-01-01 00:00:00.41+00	558	1496	f
42	31	member	2026-01-01 00:00:00.41+00	558	1496	f
43	25	member	2026-01-01 00:00:00.42+00	0	0	f
43	36	member	2026-01-01 00:00:00.42+00	0	0	f
44	34	member	2026-01-01 00:00:00.43+00	1039	1215	f
44	37	member	2026-01-01 00:00:00.43+00	1039	1215	f
45	19	member	2026-01-01 00:00:00.44+00	0	0	f
45	35	member	2026-01-01 00:00:00.44+00	0	0	f
46	5	member	2026-01-01 00:00:00.45+00	147	570	f
46	29	member	2026-01-01 00:00:00.45+00	147	570	f
47	26	owner	2026-01-01 00:00:00.46+00	0	0	f
47	5	member	2026-01-01 00:00:00.46+00	0	0	f
47	10	member	2026-01-01 00:00:00.46+00	0	0	f
47	7	member	2026-01-01 00:00:00.46+00	0	0	f
48	12	member	2026-01-01 00:00:00.47+00	1224	1433	f
48	30	member	2026-01-01 00:00:00.47+00	1186	1433	f
49	21	member	2026-01-01 00:00:00.48+00	1269	1285	f
49	33	member	2026-01-01 00:00:00.48+00	1269	1285	f
50	5	member	2026-01-01 00:00:00.49+00	754	1081	f
50	12	member	2026-01-01 00:00:00.49+00	754	1081	f
51	5	member	2026-01-01 00:00:00.5+00	0	922	f
51	6	member	2026-01-01 00:00:00.5+00	0	922	f
52	4	member	2026-01-01 00:00:00.51+00	0	1296	f
52	5	member	2026-01-01 00:00:00.51+00	0	1296	f
53	22	owner	2026-01-01 00:00:00.52+00	1220	1221	f
53	6	member	2026-01-01 00:00:00.52+00	930	1221	f
53	36	member	2026-01-01 00:00:00.52+00	1220	1221	f
53	4	member	2026-01-01 00:00:00.52+00	930	1221	f
54	26	member	2026-01-01 00:00:00.53+00	0	0	f
54	33	member	2026-01-01 00:00:00.53+00	0	0	f
55	8	owner	2026-01-01 00:00:00.54+00	747	889	f
55	29	member	2026-01-01 00:00:00.54+00	747	889	f
55	38	member	2026-01-01 00:00:00.54+00	747	889	f
55	26	member	2026-01-01 00:00:00.54+00	747	889	f
56	40	owner	2026-01-01 00:00:00.55+00	1155	1465	f
56	20	member	2026-01-01 00:00:00.55+00	1155	1465	f
56	11	member	2026-01-01 00:00:00.55+00	1155	1465	f
56	24	member	2026-01-01 00:00:00.55+00	1155	1465	f
56	12	member	2026-01-01 00:00:00.55+00	1155	1465	f
57	1	member	2026-01-01 00:00:00.56+00	517	869	f
57	4	member	2026-01-01 00:00:00.56+00	517	869	f
58	28	owner	2026-01-01 00:00:00.57+00	0	0	f
58	21	member	2026-01-01 00:00:00.57+00	0	0	f
58	15	member	2026-01-01 00:00:00.57+00	0	0	f
58	14	member	2026-01-01 00:00:00.57+00	0	0	f
58	32	member	2026-01-01 00:00:00.57+00	0	0	f
58	3	member	2026-01-01 00:00:00.57+00	0	0	f
58	10	member	2026-01-01 00:00:00.57+00	0	0	f
59	10	member	2026-01-01 00:00:00.58+00	960	1064	f
59	31	member	2026-01-01 00:00:00.58+00	960	1064	f
60	22	owner	2026-01-01 00:00:00.59+00	1125	1490	f
60	37	member	2026-01-01 00:00:00.59+00	1052	1490	f
60	21	member	2026-01-01 00:00:00.59+00	822	1490	f
60	19	member	2026-01-01 00:00:00.59+00	1125	1490	f
61	10	owner	2026-01-01 00:00:00.6+00	0	16	f
61	6	member	2026-01-01 00:00:00.6+00	0	16	f
61	18	member	2026-01-01 00:00:00.6+00	0	16	f
61	21	member	2026-01-01 00:00:00.6+00	0	16	f
62	10	owner	2026-01-01 00:00:00.61+00	1352	1463	f
62	7	member	2026-01-01 00:00:00.61+00	1248	1463	f
62	19	member	2026-01-01 00:00:00.61+00	1408	1463	f
62	33	member	2026-01-01 00:00:00.61+00	1408	1463	f
63	11	member	2026-01-01 00:00:00.62+00	1253	1275	f
63	28	member	2026-01-01 00:00:00.62+00	1253	1275	f
64	7	member	2026-01-01 00:00:00.63+00	404	966	f
64	15	member	2026-01-01 00:00:00.63+00	404	966	f
65	1	owner	2026-01-01 00:00:00.64+00	949	1497	f
65	21	member	2026-01-01 00:00:00.64+00	949	1497	f
65	19	member	2026-01-01 00:00:00.64+00	949	1497	f
65	4	member	2026-01-01 00:00:00.64+00	949	1497	f
66	26	owner	2026-01-01 00:00:00.65+00	576	914	f
66	23	member	2026-01-01 00:00:00.65+00	576	914	f
66	29	member	2026-01-01 00:00:00.65+00	576	914	f
66	39	member	2026-01-01 00:00:00.65+00	576	914	f
67	7	owner	2026-01-01 00:00:00.66+00	0	1056	f
67	5	member	2026-01-01 00:00:00.66+00	0	1056	f
67	13	member	2026-01-01 00:00:00.66+00	0	1056	f
67	31	member	2026-01-01 00:00:00.66+00	0	1056	f
68	18	member	2026-01-01 00:00:00.67+00	1190	1358	f
68	35	member	2026-01-01 00:00:00.67+00	1225	1358	f
69	36	owner	2026-01-01 00:00:00.68+00	962	1239	f
69	21	member	2026-01-01 00:00:00.68+00	962	1239	f
69	27	member	2026-01-01 00:00:00.68+00	962	1239	f
69	33	member	2026-01-01 00:00:00.68+00	962	1239	f
70	2	member	2026-01-01 00:00:00.69+00	1349	1450	f
70	34	member	2026-01-01 00:00:00.69+00	1349	1450	f
71	39	owner	2026-01-01 00:00:00.7+00	0	0	f
71	30	member	2026-01-01 00:00:00.7+00	0	0	f
71	13	member	2026-01-01 00:00:00.7+00	0	0	f
71	24	member	2026-01-01 00:00:00.7+00	0	0	f
72	18	owner	2026-01-01 00:00:00.71+00	976	1384	f
72	28	member	2026-01-01 00:00:00.71+00	1159	1384	f
72	39	member	2026-01-01 00:00:00.71+00	1159	1384	f
72	13	member	2026-01-01 00:00:00.71+00	1237	1384	f
73	10	owner	2026-01-01 00:00:00.72+00	1385	1471	f
73	32	member	2026-01-01 00:00:00.72+00	911	1471	f
73	27	member	2026-01-01 00:00:00.72+00	911	1471	f
73	26	member	2026-01-01 00:00:00.72+00	1107	1471	f
73	39	member	2026-01-01 00:00:00.72+00	1141	1471	f
74	6	member	2026-01-01 00:00:00.73+00	1162	1310	f
74	37	member	2026-01-01 00:00:00.73+00	1162	1310	f
75	25	member	2026-01-01 00:00:00.74+00	0	0	f
75	34	member	2026-01-01 00:00:00.74+00	0	0	f
76	7	owner	2026-01-01 00:00:00.75+00	0	467	f
76	31	member	2026-01-01 00:00:00.75+00	0	467	f
76	24	member	2026-01-01 00:00:00.75+00	0	467	f
76	30	member	2026-01-01 00:00:00.75+00	0	467	f
76	15	member	2026-01-01 00:00:00.75+00	0	467	f
77	9	member	2026-01-01 00:00:00.76+00	0	690	f
77	39	member	2026-01-01 00:00:00.76+00	0	690	f
78	19	member	2026-01-01 00:00:00.77+00	582	1299	f
78	36	member	2026-01-01 00:00:00.77+00	582	1299	f
79	8	member	2026-01-01 00:00:00.78+00	1153	1362	f
79	22	member	2026-01-01 00:00:00.78+00	1153	1362	f
80	3	member	2026-01-01 00:00:00.79+00	648	1381	f
80	12	member	2026-01-01 00:00:00.79+00	1160	1381	f
\.


--
-- Data for Name: mention_mail_progress; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mention_mail_progress (id, created_at, message_id, user_id) FROM stdin;
\.


--
-- Data for Name: mentions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mentions (user_id, chat_id, message_id, created_at) FROM stdin;
2	18	57	2026-01-01 00:01:28+00
19	18	133	2026-01-01 00:02:06+00
25	18	136	2026-01-01 00:02:07.5+00
2	18	158	2026-01-01 00:02:18.5+00
2	18	202	2026-01-01 00:02:40.5+00
2	18	265	2026-01-01 00:03:12+00
33	69	327	2026-01-01 00:03:43+00
25	18	389	2026-01-01 00:04:14+00
39	29	460	2026-01-01 00:04:49.5+00
2	18	468	2026-01-01 00:04:53.5+00
24	18	483	2026-01-01 00:05:01+00
2	18	502	2026-01-01 00:05:10.5+00
19	18	506	2026-01-01 00:05:12.5+00
25	18	597	2026-01-01 00:05:58+00
2	18	617	2026-01-01 00:06:08+00
19	18	724	2026-01-01 00:07:01.5+00
19	18	734	2026-01-01 00:07:06.5+00
9	15	770	2026-01-01 00:07:24.5+00
25	18	875	2026-01-01 00:08:17+00
32	18	899	2026-01-01 00:08:29+00
39	73	955	2026-01-01 00:08:57+00
19	18	961	2026-01-01 00:09:00+00
32	34	969	2026-01-01 00:09:04+00
2	18	973	2026-01-01 00:09:06+00
32	18	989	2026-01-01 00:09:14+00
32	34	1021	2026-01-01 00:09:30+00
19	18	1068	2026-01-01 00:09:53.5+00
40	18	1072	2026-01-01 00:09:55.5+00
24	18	1092	2026-01-01 00:10:05.5+00
32	18	1102	2026-01-01 00:10:10.5+00
25	18	1111	2026-01-01 00:10:15+00
15	17	1156	2026-01-01 00:10:37.5+00
40	18	1267	2026-01-01 00:11:33+00
35	23	1276	2026-01-01 00:11:37.5+00
2	18	1280	2026-01-01 00:11:39.5+00
40	18	1320	2026-01-01 00:11:59.5+00
19	18	1377	2026-01-01 00:12:28+00
32	18	1402	2026-01-01 00:12:40.5+00
25	18	1415	2026-01-01 00:12:47+00
19	18	1444	2026-01-01 00:13:01.5+00
25	18	1472	2026-01-01 00:13:15.5+00
\.


--
-- Data for Name: pins; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pins (id, chat_id, message_id, pinned_by, pinned_at) FROM stdin;
\.


--
-- Data for Name: reactions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reactions (message_id, emoji, user_id, created_at) FROM stdin;
8	🙏	19	2026-01-01 00:01:03.5+00
13	🎉	2	2026-01-01 00:01:06+00
13	👍	32	2026-01-01 00:01:06+00
13	😂	19	2026-01-01 00:01:06+00
20	👍	9	2026-01-01 00:01:09.5+00
25	🎉	24	2026-01-01 00:01:12+00
25	👀	19	2026-01-01 00:01:12+00
25	👀	40	2026-01-01 00:01:12+00
32	👀	2	2026-01-01 00:01:15.5+00
32	👍	40	2026-01-01 00:01:15.5+00
32	👍	25	2026-01-01 00:01:15.5+00
33	👍	1	2026-01-01 00:01:16+00
33	😂	15	2026-01-01 00:01:16+00
37	❤️	19	2026-01-01 00:01:18+00
42	❤️	19	2026-01-01 00:01:20.5+00
42	👀	25	2026-01-01 00:01:20.5+00
42	😂	2	2026-01-01 00:01:20.5+00
49	👍	11	2026-01-01 00:01:24+00
50	🎉	19	2026-01-01 00:01:24.5+00
50	👍	25	2026-01-01 00:01:24.5+00
50	🙏	32	2026-01-01 00:01:24.5+00
59	😂	40	2026-01-01 00:01:29+00
62	🙏	21	2026-01-01 00:01:30.5+00
62	😂	37	2026-01-01 00:01:30.5+00
62	👍	22	2026-01-01 00:01:30.5+00
65	🎉	17	2026-01-01 00:01:32+00
69	👀	24	2026-01-01 00:01:34+00
69	👀	40	2026-01-01 00:01:34+00
69	👀	19	2026-01-01 00:01:34+00
78	😂	32	2026-01-01 00:01:38.5+00
78	👍	2	2026-01-01 00:01:38.5+00
78	👀	24	2026-01-01 00:01:38.5+00
79	👍	40	2026-01-01 00:01:39+00
81	❤️	2	2026-01-01 00:01:40+00
98	👀	24	2026-01-01 00:01:48.5+00
102	👀	32	2026-01-01 00:01:50.5+00
106	🎉	19	2026-01-01 00:01:52.5+00
106	😂	25	2026-01-01 00:01:52.5+00
106	🙏	40	2026-01-01 00:01:52.5+00
114	👀	24	2026-01-01 00:01:56.5+00
126	👍	2	2026-01-01 00:02:02.5+00
126	👍	19	2026-01-01 00:02:02.5+00
126	🙏	40	2026-01-01 00:02:02.5+00
143	👀	24	2026-01-01 00:02:11+00
143	🙏	19	2026-01-01 00:02:11+00
143	👍	32	2026-01-01 00:02:11+00
150	😂	19	2026-01-01 00:02:14.5+00
155	👀	32	2026-01-01 00:02:17+00
155	😂	19	2026-01-01 00:02:17+00
155	❤️	40	2026-01-01 00:02:17+00
158	🎉	32	2026-01-01 00:02:18.5+00
158	😂	2	2026-01-01 00:02:18.5+00
158	👍	19	2026-01-01 00:02:18.5+00
161	🎉	11	2026-01-01 00:02:20+00
165	🙏	34	2026-01-01 00:02:22+00
165	👍	24	2026-01-01 00:02:22+00
166	👀	40	2026-01-01 00:02:22.5+00
166	🎉	2	2026-01-01 00:02:22.5+00
176	👍	2	2026-01-01 00:02:27.5+00
179	🙏	32	2026-01-01 00:02:29+00
179	👀	24	2026-01-01 00:02:29+00
183	👀	40	2026-01-01 00:02:31+00
183	👀	24	2026-01-01 00:02:31+00
187	❤️	32	2026-01-01 00:02:33+00
188	❤️	40	2026-01-01 00:02:33.5+00
188	😂	32	2026-01-01 00:02:33.5+00
194	❤️	15	2026-01-01 00:02:36.5+00
194	😂	1	2026-01-01 00:02:36.5+00
207	😂	2	2026-01-01 00:02:43+00
207	❤️	34	2026-01-01 00:02:43+00
208	👍	2	2026-01-01 00:02:43.5+00
208	👀	40	2026-01-01 00:02:43.5+00
213	👀	29	2026-01-01 00:02:46+00
214	👀	24	2026-01-01 00:02:46.5+00
214	👀	25	2026-01-01 00:02:46.5+00
214	👍	2	2026-01-01 00:02:46.5+00
229	🙏	35	2026-01-01 00:02:54+00
231	👍	39	2026-01-01 00:02:55+00
232	🎉	18	2026-01-01 00:02:55.5+00
232	👀	35	2026-01-01 00:02:55.5+00
235	🙏	12	2026-01-01 00:02:57+00
235	👍	31	2026-01-01 00:02:57+00
237	👍	24	2026-01-01 00:02:58+00
237	❤️	32	2026-01-01 00:02:58+00
237	❤️	25	2026-01-01 00:02:58+00
250	🎉	10	2026-01-01 00:03:04.5+00
250	😂	6	2026-01-01 00:03:04.5+00
257	🙏	1	2026-01-01 00:03:08+00
257	👀	29	2026-01-01 00:03:08+00
257	🙏	39	2026-01-01 00:03:08+00
266	👍	40	2026-01-01 00:03:12.5+00
266	❤️	24	2026-01-01 00:03:12.5+00
266	👀	2	2026-01-01 00:03:12.5+00
289	👀	19	2026-01-01 00:03:24+00
289	❤️	24	2026-01-01 00:03:24+00
294	😂	25	2026-01-01 00:03:26.5+00
296	😂	2	2026-01-01 00:03:27.5+00
298	👀	5	2026-01-01 00:03:28.5+00
298	🎉	4	2026-01-01 00:03:28.5+00
298	❤️	2	2026-01-01 00:03:28.5+00
303	🎉	19	2026-01-01 00:03:31+00
304	🙏	25	2026-01-01 00:03:31.5+00
304	🙏	19	2026-01-01 00:03:31.5+00
305	🎉	32	2026-01-01 00:03:32+00
305	😂	25	2026-01-01 00:03:32+00
305	👀	2	2026-01-01 00:03:32+00
308	🙏	40	2026-01-01 00:03:33.5+00
308	😂	2	2026-01-01 00:03:33.5+00
311	🙏	27	2026-01-01 00:03:35+00
311	👀	32	2026-01-01 00:03:35+00
318	😂	24	2026-01-01 00:03:38.5+00
318	😂	19	2026-01-01 00:03:38.5+00
320	🙏	2	2026-01-01 00:03:39.5+00
322	🙏	25	2026-01-01 00:03:40.5+00
322	🎉	2	2026-01-01 00:03:40.5+00
327	❤️	36	2026-01-01 00:03:43+00
327	👍	27	2026-01-01 00:03:43+00
327	👀	21	2026-01-01 00:03:43+00
340	❤️	24	2026-01-01 00:03:49.5+00
342	👍	32	2026-01-01 00:03:50.5+00
343	👍	32	2026-01-01 00:03:51+00
343	😂	19	2026-01-01 00:03:51+00
346	👀	2	2026-01-01 00:03:52.5+00
346	🎉	24	2026-01-01 00:03:52.5+00
346	👍	19	2026-01-01 00:03:52.5+00
350	❤️	1	2026-01-01 00:03:54.5+00
350	👍	4	2026-01-01 00:03:54.5+00
361	👍	25	2026-01-01 00:04:00+00
367	😂	40	2026-01-01 00:04:03+00
367	🙏	32	2026-01-01 00:04:03+00
367	👀	2	2026-01-01 00:04:03+00
368	👍	25	2026-01-01 00:04:03.5+00
374	🎉	2	2026-01-01 00:04:06.5+00
375	😂	32	2026-01-01 00:04:07+00
378	😂	2	2026-01-01 00:04:08.5+00
378	🎉	40	2026-01-01 00:04:08.5+00
385	👍	25	2026-01-01 00:04:12+00
385	👍	24	2026-01-01 00:04:12+00
385	👀	19	2026-01-01 00:04:12+00
389	❤️	40	2026-01-01 00:04:14+00
390	🎉	36	2026-01-01 00:04:14.5+00
390	❤️	23	2026-01-01 00:04:14.5+00
393	🎉	25	2026-01-01 00:04:16+00
393	❤️	19	2026-01-01 00:04:16+00
393	👍	2	2026-01-01 00:04:16+00
395	❤️	2	2026-01-01 00:04:17+00
397	😂	15	2026-01-01 00:04:18+00
397	😂	1	2026-01-01 00:04:18+00
416	🙏	39	2026-01-01 00:04:27.5+00
416	🙏	29	2026-01-01 00:04:27.5+00
416	👍	1	2026-01-01 00:04:27.5+00
420	🎉	32	2026-01-01 00:04:29.5+00
420	👍	19	2026-01-01 00:04:29.5+00
426	🙏	32	2026-01-01 00:04:32.5+00
426	❤️	40	2026-01-01 00:04:32.5+00
426	👀	25	2026-01-01 00:04:32.5+00
427	😂	2	2026-01-01 00:04:33+00
427	🙏	40	2026-01-01 00:04:33+00
427	🙏	24	2026-01-01 00:04:33+00
428	❤️	15	2026-01-01 00:04:33.5+00
442	👀	25	2026-01-01 00:04:40.5+00
442	🎉	32	2026-01-01 00:04:40.5+00
463	😂	7	2026-01-01 00:04:51+00
463	😂	10	2026-01-01 00:04:51+00
463	😂	33	2026-01-01 00:04:51+00
467	❤️	30	2026-01-01 00:04:53+00
467	🙏	31	2026-01-01 00:04:53+00
467	🙏	15	2026-01-01 00:04:53+00
473	👍	19	2026-01-01 00:04:56+00
473	😂	2	2026-01-01 00:04:56+00
473	😂	24	2026-01-01 00:04:56+00
477	👀	2	2026-01-01 00:04:58+00
481	😂	19	2026-01-01 00:05:00+00
481	🎉	32	2026-01-01 00:05:00+00
481	🙏	25	2026-01-01 00:05:00+00
487	❤️	34	2026-01-01 00:05:03+00
489	😂	4	2026-01-01 00:05:04+00
489	🙏	2	2026-01-01 00:05:04+00
490	🙏	19	2026-01-01 00:05:04.5+00
490	🙏	25	2026-01-01 00:05:04.5+00
495	👍	2	2026-01-01 00:05:07+00
500	🎉	24	2026-01-01 00:05:09.5+00
500	😂	25	2026-01-01 00:05:09.5+00
511	❤️	24	2026-01-01 00:05:15+00
512	🎉	32	2026-01-01 00:05:15.5+00
517	❤️	1	2026-01-01 00:05:18+00
517	❤️	4	2026-01-01 00:05:18+00
529	❤️	19	2026-01-01 00:05:24+00
529	😂	2	2026-01-01 00:05:24+00
529	🙏	24	2026-01-01 00:05:24+00
537	🙏	19	2026-01-01 00:05:28+00
537	🙏	32	2026-01-01 00:05:28+00
543	❤️	19	2026-01-01 00:05:31+00
543	👍	25	2026-01-01 00:05:31+00
543	👀	24	2026-01-01 00:05:31+00
559	😂	2	2026-01-01 00:05:39+00
559	👀	32	2026-01-01 00:05:39+00
559	😂	40	2026-01-01 00:05:39+00
560	😂	2	2026-01-01 00:05:39.5+00
560	👀	24	2026-01-01 00:05:39.5+00
560	😂	32	2026-01-01 00:05:39.5+00
561	🙏	40	2026-01-01 00:05:40+00
561	👍	2	2026-01-01 00:05:40+00
562	❤️	24	2026-01-01 00:05:40.5+00
563	👍	2	2026-01-01 00:05:41+00
563	🎉	24	2026-01-01 00:05:41+00
563	❤️	19	2026-01-01 00:05:41+00
572	👀	24	2026-01-01 00:05:45.5+00
574	🎉	25	2026-01-01 00:05:46.5+00
574	🎉	2	2026-01-01 00:05:46.5+00
585	🎉	19	2026-01-01 00:05:52+00
585	🙏	25	2026-01-01 00:05:52+00
589	👍	19	2026-01-01 00:05:54+00
589	😂	33	2026-01-01 00:05:54+00
589	🙏	7	2026-01-01 00:05:54+00
600	🎉	19	2026-01-01 00:05:59.5+00
605	👀	15	2026-01-01 00:06:02+00
605	👍	1	2026-01-01 00:06:02+00
606	🙏	40	2026-01-01 00:06:02.5+00
606	😂	24	2026-01-01 00:06:02.5+00
606	👀	19	2026-01-01 00:06:02.5+00
623	😂	9	2026-01-01 00:06:11+00
623	👍	16	2026-01-01 00:06:11+00
639	❤️	19	2026-01-01 00:06:19+00
639	❤️	2	2026-01-01 00:06:19+00
639	🎉	24	2026-01-01 00:06:19+00
643	🙏	19	2026-01-01 00:06:21+00
643	👍	2	2026-01-01 00:06:21+00
643	❤️	40	2026-01-01 00:06:21+00
648	🎉	3	2026-01-01 00:06:23.5+00
650	❤️	4	2026-01-01 00:06:24.5+00
663	🎉	19	2026-01-01 00:06:31+00
663	👍	32	2026-01-01 00:06:31+00
663	🙏	2	2026-01-01 00:06:31+00
671	🎉	34	2026-01-01 00:06:35+00
671	❤️	2	2026-01-01 00:06:35+00
673	🎉	32	2026-01-01 00:06:36+00
673	❤️	24	2026-01-01 00:06:36+00
675	🙏	2	2026-01-01 00:06:37+00
675	❤️	19	2026-01-01 00:06:37+00
677	😂	24	2026-01-01 00:06:38+00
677	👍	19	2026-01-01 00:06:38+00
677	❤️	2	2026-01-01 00:06:38+00
681	👀	19	2026-01-01 00:06:40+00
681	👍	24	2026-01-01 00:06:40+00
685	🎉	26	2026-01-01 00:06:42+00
686	😂	4	2026-01-01 00:06:42.5+00
686	❤️	1	2026-01-01 00:06:42.5+00
687	🎉	32	2026-01-01 00:06:43+00
693	👀	24	2026-01-01 00:06:46+00
693	❤️	32	2026-01-01 00:06:46+00
693	🙏	19	2026-01-01 00:06:46+00
704	👀	25	2026-01-01 00:06:51.5+00
717	🎉	33	2026-01-01 00:06:58+00
717	❤️	7	2026-01-01 00:06:58+00
717	🎉	19	2026-01-01 00:06:58+00
718	🙏	9	2026-01-01 00:06:58.5+00
718	🎉	6	2026-01-01 00:06:58.5+00
721	❤️	32	2026-01-01 00:07:00+00
721	👍	10	2026-01-01 00:07:00+00
721	❤️	39	2026-01-01 00:07:00+00
726	👀	2	2026-01-01 00:07:02.5+00
728	👀	2	2026-01-01 00:07:03.5+00
728	👀	19	2026-01-01 00:07:03.5+00
728	❤️	40	2026-01-01 00:07:03.5+00
736	😂	15	2026-01-01 00:07:07.5+00
736	👀	1	2026-01-01 00:07:07.5+00
738	🎉	19	2026-01-01 00:07:08.5+00
738	👍	2	2026-01-01 00:07:08.5+00
738	😂	32	2026-01-01 00:07:08.5+00
739	👀	10	2026-01-01 00:07:09+00
740	❤️	19	2026-01-01 00:07:09.5+00
740	👀	24	2026-01-01 00:07:09.5+00
740	🙏	40	2026-01-01 00:07:09.5+00
742	😂	32	2026-01-01 00:07:10.5+00
742	❤️	40	2026-01-01 00:07:10.5+00
748	❤️	19	2026-01-01 00:07:13.5+00
754	🙏	5	2026-01-01 00:07:16.5+00
754	👀	12	2026-01-01 00:07:16.5+00
760	🎉	24	2026-01-01 00:07:19.5+00
760	❤️	34	2026-01-01 00:07:19.5+00
766	👍	40	2026-01-01 00:07:22.5+00
766	👍	19	2026-01-01 00:07:22.5+00
766	👀	24	2026-01-01 00:07:22.5+00
771	👀	40	2026-01-01 00:07:25+00
771	🎉	2	2026-01-01 00:07:25+00
774	🎉	19	2026-01-01 00:07:26.5+00
781	😂	6	2026-01-01 00:07:30+00
781	🙏	9	2026-01-01 00:07:30+00
783	🎉	6	2026-01-01 00:07:31+00
783	👍	9	2026-01-01 00:07:31+00
793	😂	26	2026-01-01 00:07:36+00
793	❤️	39	2026-01-01 00:07:36+00
794	👀	24	2026-01-01 00:07:36.5+00
796	👀	40	2026-01-01 00:07:37.5+00
796	❤️	25	2026-01-01 00:07:37.5+00
813	😂	32	2026-01-01 00:07:46+00
813	🎉	40	2026-01-01 00:07:46+00
820	😂	21	2026-01-01 00:07:49.5+00
820	😂	15	2026-01-01 00:07:49.5+00
823	🙏	7	2026-01-01 00:07:51+00
827	❤️	24	2026-01-01 00:07:53+00
830	👍	24	2026-01-01 00:07:54.5+00
831	🎉	25	2026-01-01 00:07:55+00
831	🎉	40	2026-01-01 00:07:55+00
833	❤️	25	2026-01-01 00:07:56+00
840	❤️	40	2026-01-01 00:07:59.5+00
841	👍	24	2026-01-01 00:08:00+00
841	🙏	32	2026-01-01 00:08:00+00
841	❤️	2	2026-01-01 00:08:00+00
843	👍	32	2026-01-01 00:08:01+00
843	😂	40	2026-01-01 00:08:01+00
851	🙏	2	2026-01-01 00:08:05+00
859	❤️	32	2026-01-01 00:08:09+00
859	👀	25	2026-01-01 00:08:09+00
864	🎉	2	2026-01-01 00:08:11.5+00
875	❤️	25	2026-01-01 00:08:17+00
875	🎉	32	2026-01-01 00:08:17+00
875	🙏	24	2026-01-01 00:08:17+00
876	🙏	40	2026-01-01 00:08:17.5+00
876	🙏	19	2026-01-01 00:08:17.5+00
876	😂	2	2026-01-01 00:08:17.5+00
879	😂	25	2026-01-01 00:08:19+00
879	🙏	19	2026-01-01 00:08:19+00
881	🎉	40	2026-01-01 00:08:20+00
881	❤️	32	2026-01-01 00:08:20+00
881	🙏	25	2026-01-01 00:08:20+00
886	👍	32	2026-01-01 00:08:22.5+00
886	🙏	19	2026-01-01 00:08:22.5+00
888	🙏	2	2026-01-01 00:08:23.5+00
888	😂	25	2026-01-01 00:08:23.5+00
898	❤️	24	2026-01-01 00:08:28.5+00
898	😂	19	2026-01-01 00:08:28.5+00
898	❤️	32	2026-01-01 00:08:28.5+00
899	👀	2	2026-01-01 00:08:29+00
903	🙏	19	2026-01-01 00:08:31+00
903	👀	24	2026-01-01 00:08:31+00
915	🙏	2	2026-01-01 00:08:37+00
915	❤️	25	2026-01-01 00:08:37+00
917	🎉	32	2026-01-01 00:08:38+00
917	🙏	2	2026-01-01 00:08:38+00
917	👀	40	2026-01-01 00:08:38+00
922	❤️	6	2026-01-01 00:08:40.5+00
922	😂	5	2026-01-01 00:08:40.5+00
931	😂	32	2026-01-01 00:08:45+00
931	👀	24	2026-01-01 00:08:45+00
934	👍	25	2026-01-01 00:08:46.5+00
937	👍	39	2026-01-01 00:08:48+00
945	🙏	40	2026-01-01 00:08:52+00
945	👀	24	2026-01-01 00:08:52+00
946	👀	24	2026-01-01 00:08:52.5+00
946	🙏	40	2026-01-01 00:08:52.5+00
946	👍	2	2026-01-01 00:08:52.5+00
948	😂	24	2026-01-01 00:08:53.5+00
948	👍	40	2026-01-01 00:08:53.5+00
948	👀	19	2026-01-01 00:08:53.5+00
953	👍	19	2026-01-01 00:08:56+00
954	🎉	25	2026-01-01 00:08:56.5+00
956	❤️	2	2026-01-01 00:08:57.5+00
962	👍	33	2026-01-01 00:09:00.5+00
962	👀	21	2026-01-01 00:09:00.5+00
963	👍	32	2026-01-01 00:09:01+00
966	❤️	15	2026-01-01 00:09:02.5+00
972	🎉	7	2026-01-01 00:09:05.5+00
974	🎉	19	2026-01-01 00:09:06.5+00
980	🎉	2	2026-01-01 00:09:09.5+00
980	🙏	34	2026-01-01 00:09:09.5+00
984	🎉	40	2026-01-01 00:09:11.5+00
992	👍	24	2026-01-01 00:09:15.5+00
995	😂	2	2026-01-01 00:09:17+00
998	👀	25	2026-01-01 00:09:18.5+00
998	👀	24	2026-01-01 00:09:18.5+00
1002	🙏	19	2026-01-01 00:09:20.5+00
1016	🙏	32	2026-01-01 00:09:27.5+00
1016	❤️	40	2026-01-01 00:09:27.5+00
1016	❤️	2	2026-01-01 00:09:27.5+00
1023	😂	25	2026-01-01 00:09:31+00
1029	👀	2	2026-01-01 00:09:34+00
1029	👍	32	2026-01-01 00:09:34+00
1029	🙏	19	2026-01-01 00:09:34+00
1030	👍	37	2026-01-01 00:09:34.5+00
1030	🎉	26	2026-01-01 00:09:34.5+00
1030	🙏	31	2026-01-01 00:09:34.5+00
1037	❤️	25	2026-01-01 00:09:38+00
1041	❤️	40	2026-01-01 00:09:40+00
1041	👍	32	2026-01-01 00:09:40+00
1041	🎉	2	2026-01-01 00:09:40+00
1046	🎉	25	2026-01-01 00:09:42.5+00
1046	🎉	24	2026-01-01 00:09:42.5+00
1049	👍	40	2026-01-01 00:09:44+00
1049	❤️	19	2026-01-01 00:09:44+00
1060	👍	40	2026-01-01 00:09:49.5+00
1060	😂	19	2026-01-01 00:09:49.5+00
1061	🎉	34	2026-01-01 00:09:50+00
1061	🎉	2	2026-01-01 00:09:50+00
1065	❤️	19	2026-01-01 00:09:52+00
1065	😂	32	2026-01-01 00:09:52+00
1071	👍	2	2026-01-01 00:09:55+00
1071	😂	24	2026-01-01 00:09:55+00
1078	😂	19	2026-01-01 00:09:58.5+00
1078	👍	25	2026-01-01 00:09:58.5+00
1083	😂	8	2026-01-01 00:10:01+00
1083	👀	22	2026-01-01 00:10:01+00
1085	❤️	40	2026-01-01 00:10:02+00
1085	😂	32	2026-01-01 00:10:02+00
1089	👀	19	2026-01-01 00:10:04+00
1090	🎉	40	2026-01-01 00:10:04.5+00
1099	🎉	24	2026-01-01 00:10:09+00
1101	❤️	10	2026-01-01 00:10:10+00
1101	🎉	39	2026-01-01 00:10:10+00
1101	🙏	26	2026-01-01 00:10:10+00
1102	🎉	2	2026-01-01 00:10:10.5+00
1115	🙏	32	2026-01-01 00:10:17+00
1122	🙏	32	2026-01-01 00:10:20.5+00
1122	🙏	19	2026-01-01 00:10:20.5+00
1124	👀	6	2026-01-01 00:10:21.5+00
1124	🎉	9	2026-01-01 00:10:21.5+00
1126	😂	11	2026-01-01 00:10:22.5+00
1126	🎉	24	2026-01-01 00:10:22.5+00
1126	🙏	40	2026-01-01 00:10:22.5+00
1138	🎉	24	2026-01-01 00:10:28.5+00
1138	🙏	32	2026-01-01 00:10:28.5+00
1145	👀	25	2026-01-01 00:10:32+00
1145	😂	19	2026-01-01 00:10:32+00
1147	😂	1	2026-01-01 00:10:33+00
1149	👍	25	2026-01-01 00:10:34+00
1149	❤️	32	2026-01-01 00:10:34+00
1149	👀	2	2026-01-01 00:10:34+00
1150	🎉	25	2026-01-01 00:10:34.5+00
1150	👀	32	2026-01-01 00:10:34.5+00
1153	❤️	22	2026-01-01 00:10:36+00
1153	😂	8	2026-01-01 00:10:36+00
1155	😂	40	2026-01-01 00:10:37+00
1155	😂	20	2026-01-01 00:10:37+00
1155	👀	12	2026-01-01 00:10:37+00
1156	😂	15	2026-01-01 00:10:37.5+00
1156	❤️	1	2026-01-01 00:10:37.5+00
1160	👀	12	2026-01-01 00:10:39.5+00
1160	👍	3	2026-01-01 00:10:39.5+00
1162	👍	37	2026-01-01 00:10:40.5+00
1162	👀	6	2026-01-01 00:10:40.5+00
1171	🙏	32	2026-01-01 00:10:45+00
1175	😂	15	2026-01-01 00:10:47+00
1175	👍	1	2026-01-01 00:10:47+00
1195	🎉	16	2026-01-01 00:10:57+00
1195	👀	9	2026-01-01 00:10:57+00
1198	👍	25	2026-01-01 00:10:58.5+00
1198	🙏	24	2026-01-01 00:10:58.5+00
1198	👀	32	2026-01-01 00:10:58.5+00
1199	🙏	2	2026-01-01 00:10:59+00
1199	👍	40	2026-01-01 00:10:59+00
1199	👀	19	2026-01-01 00:10:59+00
1202	😂	2	2026-01-01 00:11:00.5+00
1202	😂	19	2026-01-01 00:11:00.5+00
1202	❤️	32	2026-01-01 00:11:00.5+00
1205	😂	19	2026-01-01 00:11:02+00
1205	😂	40	2026-01-01 00:11:02+00
1205	🙏	24	2026-01-01 00:11:02+00
1211	❤️	32	2026-01-01 00:11:05+00
1212	🙏	10	2026-01-01 00:11:05.5+00
1214	👍	19	2026-01-01 00:11:06.5+00
1214	🙏	25	2026-01-01 00:11:06.5+00
1214	❤️	2	2026-01-01 00:11:06.5+00
1222	👀	25	2026-01-01 00:11:10.5+00
1222	🙏	19	2026-01-01 00:11:10.5+00
1222	😂	24	2026-01-01 00:11:10.5+00
1226	❤️	24	2026-01-01 00:11:12.5+00
1226	👍	25	2026-01-01 00:11:12.5+00
1226	👀	19	2026-01-01 00:11:12.5+00
1238	🙏	24	2026-01-01 00:11:18.5+00
1238	❤️	40	2026-01-01 00:11:18.5+00
1238	🎉	32	2026-01-01 00:11:18.5+00
1239	❤️	27	2026-01-01 00:11:19+00
1239	🙏	33	2026-01-01 00:11:19+00
1239	❤️	36	2026-01-01 00:11:19+00
1241	👍	25	2026-01-01 00:11:20+00
1242	👀	24	2026-01-01 00:11:20.5+00
1246	👀	19	2026-01-01 00:11:22.5+00
1246	😂	32	2026-01-01 00:11:22.5+00
1246	👀	2	2026-01-01 00:11:22.5+00
1249	🎉	11	2026-01-01 00:11:24+00
1252	👍	19	2026-01-01 00:11:25.5+00
1252	👍	18	2026-01-01 00:11:25.5+00
1261	😂	32	2026-01-01 00:11:30+00
1261	🙏	2	2026-01-01 00:11:30+00
1271	😂	25	2026-01-01 00:11:35+00
1281	🙏	32	2026-01-01 00:11:40+00
1281	🙏	2	2026-01-01 00:11:40+00
1284	❤️	18	2026-01-01 00:11:41.5+00
1284	🙏	35	2026-01-01 00:11:41.5+00
1286	🙏	2	2026-01-01 00:11:42.5+00
1286	👍	34	2026-01-01 00:11:42.5+00
1295	🎉	32	2026-01-01 00:11:47+00
1295	👍	40	2026-01-01 00:11:47+00
1295	😂	24	2026-01-01 00:11:47+00
1307	👍	18	2026-01-01 00:11:53+00
1307	👀	35	2026-01-01 00:11:53+00
1309	😂	2	2026-01-01 00:11:54+00
1309	😂	25	2026-01-01 00:11:54+00
1318	🎉	32	2026-01-01 00:11:58.5+00
1318	👍	25	2026-01-01 00:11:58.5+00
1333	🎉	32	2026-01-01 00:12:06+00
1336	🙏	25	2026-01-01 00:12:07.5+00
1336	🎉	24	2026-01-01 00:12:07.5+00
1336	🙏	32	2026-01-01 00:12:07.5+00
1338	👀	2	2026-01-01 00:12:08.5+00
1343	❤️	25	2026-01-01 00:12:11+00
1343	😂	24	2026-01-01 00:12:11+00
1344	🎉	2	2026-01-01 00:12:11.5+00
1352	👍	19	2026-01-01 00:12:15.5+00
1352	❤️	10	2026-01-01 00:12:15.5+00
1352	👀	7	2026-01-01 00:12:15.5+00
1356	❤️	25	2026-01-01 00:12:17.5+00
1356	😂	19	2026-01-01 00:12:17.5+00
1357	👍	25	2026-01-01 00:12:18+00
1357	🎉	13	2026-01-01 00:12:18+00
1363	❤️	19	2026-01-01 00:12:21+00
1367	🎉	25	2026-01-01 00:12:23+00
1367	🎉	2	2026-01-01 00:12:23+00
1367	🎉	19	2026-01-01 00:12:23+00
1368	🙏	32	2026-01-01 00:12:23.5+00
1368	❤️	2	2026-01-01 00:12:23.5+00
1368	🙏	19	2026-01-01 00:12:23.5+00
1371	❤️	31	2026-01-01 00:12:25+00
1371	❤️	12	2026-01-01 00:12:25+00
1373	🎉	32	2026-01-01 00:12:26+00
1373	👀	24	2026-01-01 00:12:26+00
1385	👀	39	2026-01-01 00:12:32+00
1390	❤️	2	2026-01-01 00:12:34.5+00
1390	👀	25	2026-01-01 00:12:34.5+00
1390	😂	40	2026-01-01 00:12:34.5+00
1392	👍	40	2026-01-01 00:12:35.5+00
1392	🙏	24	2026-01-01 00:12:35.5+00
1393	❤️	19	2026-01-01 00:12:36+00
1393	🎉	24	2026-01-01 00:12:36+00
1393	🎉	32	2026-01-01 00:12:36+00
1398	❤️	25	2026-01-01 00:12:38.5+00
1398	😂	2	2026-01-01 00:12:38.5+00
1398	🎉	19	2026-01-01 00:12:38.5+00
1403	👍	32	2026-01-01 00:12:41+00
1403	🎉	2	2026-01-01 00:12:41+00
1412	🙏	25	2026-01-01 00:12:45.5+00
1412	👀	19	2026-01-01 00:12:45.5+00
1413	❤️	32	2026-01-01 00:12:46+00
1413	👍	2	2026-01-01 00:12:46+00
1413	😂	19	2026-01-01 00:12:46+00
1415	🎉	32	2026-01-01 00:12:47+00
1415	🎉	40	2026-01-01 00:12:47+00
1415	👍	24	2026-01-01 00:12:47+00
1418	🎉	25	2026-01-01 00:12:48.5+00
1418	👍	2	2026-01-01 00:12:48.5+00
1421	❤️	40	2026-01-01 00:12:50+00
1421	😂	2	2026-01-01 00:12:50+00
1421	👍	24	2026-01-01 00:12:50+00
1429	😂	24	2026-01-01 00:12:54+00
1431	❤️	25	2026-01-01 00:12:55+00
1431	😂	40	2026-01-01 00:12:55+00
1440	👀	10	2026-01-01 00:12:59.5+00
1440	🙏	22	2026-01-01 00:12:59.5+00
1440	👀	40	2026-01-01 00:12:59.5+00
1442	🙏	24	2026-01-01 00:13:00.5+00
1442	👀	25	2026-01-01 00:13:00.5+00
1445	😂	2	2026-01-01 00:13:02+00
1445	🎉	24	2026-01-01 00:13:02+00
1447	🙏	40	2026-01-01 00:13:03+00
1447	🙏	2	2026-01-01 00:13:03+00
1450	👀	2	2026-01-01 00:13:04.5+00
1458	👍	36	2026-01-01 00:13:08.5+00
1459	👍	19	2026-01-01 00:13:09+00
1459	🙏	2	2026-01-01 00:13:09+00
1460	😂	25	2026-01-01 00:13:09.5+00
1460	👀	19	2026-01-01 00:13:09.5+00
1460	👀	32	2026-01-01 00:13:09.5+00
1463	🎉	19	2026-01-01 00:13:11+00
1463	😂	10	2026-01-01 00:13:11+00
1463	🎉	33	2026-01-01 00:13:11+00
1468	❤️	2	2026-01-01 00:13:13.5+00
1468	❤️	25	2026-01-01 00:13:13.5+00
1471	❤️	32	2026-01-01 00:13:15+00
1471	👍	39	2026-01-01 00:13:15+00
1471	👀	26	2026-01-01 00:13:15+00
1472	😂	2	2026-01-01 00:13:15.5+00
1472	👀	40	2026-01-01 00:13:15.5+00
1475	👀	2	2026-01-01 00:13:17+00
1475	🎉	32	2026-01-01 00:13:17+00
1478	🎉	19	2026-01-01 00:13:18.5+00
1478	❤️	2	2026-01-01 00:13:18.5+00
1478	❤️	40	2026-01-01 00:13:18.5+00
1479	🙏	1	2026-01-01 00:13:19+00
1479	🎉	15	2026-01-01 00:13:19+00
1496	❤️	5	2026-01-01 00:13:27.5+00
1496	🎉	31	2026-01-01 00:13:27.5+00
\.


--
-- Data for Name: tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tokens (id, token_hash, user_id, created_at, expires_at, revoked_at, last_used_at, user_agent) FROM stdin;
\.


--
-- Name: account_tokens_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.account_tokens_id_seq', 1, false);


--
-- Name: attachments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attachments_id_seq', 1, false);


--
-- Name: chats_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.chats_id_seq', 80, true);


--
-- Name: exports_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.exports_id_seq', 1, false);


--
-- Name: mail_outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mail_outbox_id_seq', 1, false);


--
-- Name: messages_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.messages_id_seq', 1500, true);


--
-- Name: pins_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.pins_id_seq', 1, false);


--
-- Name: tokens_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tokens_id_seq', 1, false);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.users_id_seq', 40, true);


--
-- PostgreSQL database dump complete
--

\unrestrict messengerdump

