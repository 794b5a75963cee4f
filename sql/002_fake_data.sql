--
-- PostgreSQL database dump
--

\restrict messengerdump

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

COPY public.users (id, nick, name, email, password_hash, avatar, created_at, show_presence, last_seen_at) FROM stdin;
1	user0000001	Anna Müller	user0000001@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:00+00	t	\N
2	user0000002	Bruno Müller	user0000002@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:01+00	t	\N
3	user0000003	Chloé Müller	user0000003@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:02+00	t	\N
4	user0000004	Dmitri Müller	user0000004@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:03+00	t	\N
5	user0000005	Elif Müller	user0000005@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:04+00	t	\N
6	user0000006	Farah Müller	user0000006@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:05+00	t	\N
7	user0000007	Giulia Müller	user0000007@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:06+00	t	\N
8	user0000008	Hiroshi Müller	user0000008@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:07+00	t	\N
9	user0000009	Inès Müller	user0000009@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:08+00	t	\N
10	user0000010	Jonas Müller	user0000010@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:09+00	t	\N
11	user0000011	Katarzyna Müller	user0000011@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:10+00	t	\N
12	user0000012	Lars Müller	user0000012@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:11+00	t	\N
13	user0000013	María Müller	user0000013@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:12+00	t	\N
14	user0000014	Nguyễn Müller	user0000014@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:13+00	t	\N
15	user0000015	Olufemi Müller	user0000015@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:14+00	t	\N
16	user0000016	Priya Müller	user0000016@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:15+00	t	\N
17	user0000017	Quentin Müller	user0000017@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:16+00	t	\N
18	user0000018	Rūta Müller	user0000018@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:17+00	t	\N
19	user0000019	Søren Müller	user0000019@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:18+00	t	\N
20	user0000020	Tomás Müller	user0000020@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:19+00	t	\N
21	user0000021	Ursula Müller	user0000021@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:20+00	t	\N
22	user0000022	Vikram Müller	user0000022@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:21+00	t	\N
23	user0000023	Wen Müller	user0000023@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:22+00	t	\N
24	user0000024	Ximena Müller	user0000024@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:23+00	t	\N
25	user0000025	Yusuf Müller	user0000025@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:24+00	t	\N
26	user0000026	Zoë Müller	user0000026@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:25+00	t	\N
27	user0000027	Алексей Müller	user0000027@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:26+00	t	\N
28	user0000028	Σοφία Müller	user0000028@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:27+00	t	\N
29	user0000029	李娜 Müller	user0000029@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:28+00	t	\N
30	user0000030	محمد Müller	user0000030@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:29+00	t	\N
31	user0000031	Anna García	user0000031@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:30+00	t	\N
32	user0000032	Bruno García	user0000032@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:31+00	t	\N
33	user0000033	Chloé García	user0000033@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:32+00	t	\N
34	user0000034	Dmitri García	user0000034@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:33+00	t	\N
35	user0000035	Elif García	user0000035@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:34+00	t	\N
36	user0000036	Farah García	user0000036@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:35+00	t	\N
37	user0000037	Giulia García	user0000037@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:36+00	t	\N
38	user0000038	Hiroshi García	user0000038@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:37+00	t	\N
39	user0000039	Inès García	user0000039@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:38+00	t	\N
40	user0000040	Jonas García	user0000040@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:39+00	t	\N
\.


--
-- Data for Name: chats; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.chats (id, is_group_chat, topic, avatar, created_by, created_at, last_activity_at, personal_low_id, personal_high_id) FROM stdin;
1	t	Backend	\N	7	2026-01-01 00:00:00+00	2026-01-01 00:13:11.5+00	\N	\N
2	f	\N	\N	31	2026-01-01 00:00:00.01+00	2026-01-01 00:12:54+00	31	37
3	t	Coffee ☕	\N	6	2026-01-01 00:00:00.02+00	2026-01-01 00:09:40.5+00	\N	\N
4	t	Design review	\N	16	2026-01-01 00:00:00.03+00	2026-01-01 00:13:02.5+00	\N	\N
5	f	\N	\N	7	2026-01-01 00:00:00.04+00	2026-01-01 00:12:42+00	7	21
6	f	\N	\N	18	2026-01-01 00:00:00.05+00	2026-01-01 00:13:03.5+00	18	38
7	f	\N	\N	3	2026-01-01 00:00:00.06+00	2026-01-01 00:13:09+00	3	31
8	f	\N	\N	1	2026-01-01 00:00:00.07+00	2026-01-01 00:12:57.5+00	1	19
9	t	Book club	\N	32	2026-01-01 00:00:00.08+00	2026-01-01 00:01:01+00	\N	\N
10	t	Hiring	\N	34	2026-01-01 00:00:00.09+00	2026-01-01 00:13:10+00	\N	\N
11	t	Incidents	\N	11	2026-01-01 00:00:00.1+00	2026-01-01 00:13:29+00	\N	\N
12	t	Weekend plans	\N	22	2026-01-01 00:00:00.11+00	2026-01-01 00:13:16.5+00	\N	\N
13	t	Backend	\N	24	2026-01-01 00:00:00.12+00	2026-01-01 00:13:15+00	\N	\N
14	f	\N	\N	20	2026-01-01 00:00:00.13+00	2026-01-01 00:12:24+00	20	24
15	f	\N	\N	1	2026-01-01 00:00:00.14+00	2026-01-01 00:13:18+00	1	3
16	f	\N	\N	9	2026-01-01 00:00:00.15+00	2026-01-01 00:12:28.5+00	9	26
17	f	\N	\N	24	2026-01-01 00:00:00.16+00	2026-01-01 00:11:57+00	24	25
18	t	Random	\N	16	2026-01-01 00:00:00.17+00	2026-01-01 00:12:34+00	\N	\N
19	f	\N	\N	1	2026-01-01 00:00:00.18+00	2026-01-01 00:12:01.5+00	1	6
20	f	\N	\N	30	2026-01-01 00:00:00.19+00	2026-01-01 00:13:26.5+00	30	40
21	t	Book club	\N	4	2026-01-01 00:00:00.2+00	2026-01-01 00:13:12+00	\N	\N
22	f	\N	\N	7	2026-01-01 00:00:00.21+00	2026-01-01 00:13:28.5+00	7	29
23	f	\N	\N	2	2026-01-01 00:00:00.22+00	2026-01-01 00:11:44+00	2	25
24	f	\N	\N	8	2026-01-01 00:00:00.23+00	2026-01-01 00:13:19+00	8	10
25	t	Backend	\N	17	2026-01-01 00:00:00.24+00	2026-01-01 00:13:20.5+00	\N	\N
26	f	\N	\N	3	2026-01-01 00:00:00.25+00	2026-01-01 00:11:06+00	3	20
27	t	Coffee ☕	\N	2	2026-01-01 00:00:00.26+00	2026-01-01 00:13:19.5+00	\N	\N
28	t	Design review	\N	29	2026-01-01 00:00:00.27+00	2026-01-01 00:13:17.5+00	\N	\N
29	f	\N	\N	3	2026-01-01 00:00:00.28+00	2026-01-01 00:11:26+00	3	25
30	t	Random	\N	35	2026-01-01 00:00:00.29+00	2026-01-01 00:07:52.5+00	\N	\N
31	f	\N	\N	11	2026-01-01 00:00:00.3+00	2026-01-01 00:11:46.5+00	11	16
32	f	\N	\N	35	2026-01-01 00:00:00.31+00	2026-01-01 00:12:09.5+00	35	36
33	f	\N	\N	18	2026-01-01 00:00:00.32+00	2026-01-01 00:12:45.5+00	18	35
34	t	Hiring	\N	20	2026-01-01 00:00:00.33+00	2026-01-01 00:13:25+00	\N	\N
35	f	\N	\N	1	2026-01-01 00:00:00.34+00	2026-01-01 00:12:59.5+00	1	23
36	f	\N	\N	27	2026-01-01 00:00:00.35+00	2026-01-01 00:13:06.5+00	27	35
37	f	\N	\N	5	2026-01-01 00:00:00.36+00	2026-01-01 00:13:03+00	5	32
38	f	\N	\N	11	2026-01-01 00:00:00.37+00	2026-01-01 00:12:46.5+00	11	31
39	f	\N	\N	4	2026-01-01 00:00:00.38+00	2026-01-01 00:13:25.5+00	4	31
40	f	\N	\N	1	2026-01-01 00:00:00.39+00	2026-01-01 00:11:55.5+00	1	29
41	f	\N	\N	33	2026-01-01 00:00:00.4+00	2026-01-01 00:11:13+00	33	39
42	f	\N	\N	11	2026-01-01 00:00:00.41+00	2026-01-01 00:12:57+00	11	29
43	f	\N	\N	28	2026-01-01 00:00:00.42+00	2026-01-01 00:12:52+00	28	36
44	f	\N	\N	22	2026-01-01 00:00:00.43+00	2026-01-01 00:09:45.5+00	22	28
45	f	\N	\N	11	2026-01-01 00:00:00.44+00	2026-01-01 00:13:13+00	11	26
46	t	Hiring	\N	16	2026-01-01 00:00:00.45+00	2026-01-01 00:11:35.5+00	\N	\N
47	t	Incidents	\N	17	2026-01-01 00:00:00.46+00	2026-01-01 00:12:19.5+00	\N	\N
48	f	\N	\N	2	2026-01-01 00:00:00.47+00	2026-01-01 00:13:04+00	2	9
49	f	\N	\N	27	2026-01-01 00:00:00.48+00	2026-01-01 00:12:28+00	27	37
50	t	Release train	\N	32	2026-01-01 00:00:00.49+00	2026-01-01 00:12:10.5+00	\N	\N
51	f	\N	\N	8	2026-01-01 00:00:00.5+00	2026-01-01 00:12:46+00	8	31
52	f	\N	\N	30	2026-01-01 00:00:00.51+00	2026-01-01 00:03:12+00	30	31
53	f	\N	\N	1	2026-01-01 00:00:00.52+00	2026-01-01 00:13:27.5+00	1	27
54	t	Random	\N	9	2026-01-01 00:00:00.53+00	2026-01-01 00:09:56+00	\N	\N
55	t	Équipe Paris	\N	12	2026-01-01 00:00:00.54+00	2026-01-01 00:13:13.5+00	\N	\N
56	t	Team Tokyo 東京	\N	15	2026-01-01 00:00:00.55+00	2026-01-01 00:13:14.5+00	\N	\N
57	f	\N	\N	6	2026-01-01 00:00:00.56+00	2026-01-01 00:13:29.5+00	6	10
58	f	\N	\N	10	2026-01-01 00:00:00.57+00	2026-01-01 00:13:01.5+00	10	35
59	f	\N	\N	13	2026-01-01 00:00:00.58+00	2026-01-01 00:12:13+00	13	23
60	t	Weekend plans	\N	3	2026-01-01 00:00:00.59+00	2026-01-01 00:11:51.5+00	\N	\N
61	f	\N	\N	7	2026-01-01 00:00:00.6+00	2026-01-01 00:12:15+00	7	38
62	f	\N	\N	30	2026-01-01 00:00:00.61+00	2026-01-01 00:13:24+00	30	33
63	f	\N	\N	7	2026-01-01 00:00:00.62+00	2026-01-01 00:13:28+00	7	15
64	f	\N	\N	2	2026-01-01 00:00:00.63+00	2026-01-01 00:12:47.5+00	2	24
65	f	\N	\N	1	2026-01-01 00:00:00.64+00	2026-01-01 00:12:58+00	1	17
66	t	Random	\N	32	2026-01-01 00:00:00.65+00	2026-01-01 00:11:00.5+00	\N	\N
67	f	\N	\N	1	2026-01-01 00:00:00.66+00	2026-01-01 00:13:09.5+00	1	14
68	t	Team Tokyo 東京	\N	23	2026-01-01 00:00:00.67+00	2026-01-01 00:13:05+00	\N	\N
69	t	Book club	\N	39	2026-01-01 00:00:00.68+00	2026-01-01 00:12:24.5+00	\N	\N
70	f	\N	\N	37	2026-01-01 00:00:00.69+00	2026-01-01 00:11:57.5+00	37	40
71	f	\N	\N	9	2026-01-01 00:00:00.7+00	2026-01-01 00:13:02+00	9	15
72	t	Weekend plans	\N	21	2026-01-01 00:00:00.71+00	2026-01-01 00:12:47+00	\N	\N
73	f	\N	\N	33	2026-01-01 00:00:00.72+00	2026-01-01 00:12:08.5+00	33	40
74	f	\N	\N	16	2026-01-01 00:00:00.73+00	2026-01-01 00:13:27+00	16	24
75	f	\N	\N	17	2026-01-01 00:00:00.74+00	2026-01-01 00:13:21+00	17	36
76	f	\N	\N	1	2026-01-01 00:00:00.75+00	2026-01-01 00:13:04.5+00	1	8
77	f	\N	\N	3	2026-01-01 00:00:00.76+00	2026-01-01 00:11:42.5+00	3	4
78	t	Random	\N	19	2026-01-01 00:00:00.77+00	2026-01-01 00:13:16+00	\N	\N
79	f	\N	\N	31	2026-01-01 00:00:00.78+00	2026-01-01 00:12:23.5+00	31	39
80	f	\N	\N	29	2026-01-01 00:00:00.79+00	2026-01-01 00:09:38.5+00	29	33
\.


--
-- Data for Name: messages; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.messages (id, chat_id, user_id, content, client_message_id, created_at, edited_at, reply_to_id, reply_to_user_id, reply_content, forwarded_from_message_id, forwarded_from_user_id, forwarded_from_created_at, mentions, reaction_summary, pinned) FROM stdin;
1	57	6	Demo done again straße naïve meeting ありがとう ありがとう is 👍 ok is done build straße	\N	2026-01-01 00:01:00+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [10]], ["👍", [6]]]	f
2	62	33	Hello lunch build café test you coffee tomorrow ありがとう 👍 sure	\N	2026-01-01 00:01:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
3	9	16	Friday sure ありがとう lunch the ok	\N	2026-01-01 00:01:01+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [16]]]	f
4	13	11	Slides slides résumé release coffee naïve can coffee gracias test test done green deploy deploy	\N	2026-01-01 00:01:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
5	57	10	Ok ticket gracias sure danke résumé release done meeting later friday café 👍	\N	2026-01-01 00:01:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
6	57	6	Review can café straße slides again gracias sure lunch meeting	\N	2026-01-01 00:01:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [6]], ["🙏", [10]]]	f
7	26	3	Meeting gracias 👍 naïve demo build deploy 🎉 lunch danke you	\N	2026-01-01 00:01:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
8	55	40	Is can this спасибо the sure review tomorrow ready sure ticket this please slides slides slides	\N	2026-01-01 00:01:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
9	50	8	@user0000022 Demo coffee 👍 is 🎉 résumé again demo friday ready gracias please is	\N	2026-01-01 00:01:04+00	\N	\N	\N	\N	\N	\N	\N	{22}	\N	f
10	67	1	Bug you meeting ticket again merci	\N	2026-01-01 00:01:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
11	61	7	Coffee demo review sure friday café demo naïve bug please coffee again test	\N	2026-01-01 00:01:05+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [38]], ["👍", [7]]]	f
12	16	26	ありがとう lunch release straße café lunch	\N	2026-01-01 00:01:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [26]], ["👍", [9]]]	f
13	74	16	Slides build hello naïve this is naïve meeting meeting can danke	\N	2026-01-01 00:01:06+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
14	53	27	Danke done 👍 sure ready test later naïve check review merci again ready résumé straße done спасибо	\N	2026-01-01 00:01:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
15	21	10	Gracias later lunch ありがとう demo café the	\N	2026-01-01 00:01:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
16	27	40	Friday deploy the 👍	\N	2026-01-01 00:01:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
17	57	6	Спасибо hello coffee gracias review later coffee friday tomorrow again friday please review sure the gracias test	\N	2026-01-01 00:01:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
18	14	20	Straße straße danke	\N	2026-01-01 00:01:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [20, 24]]]	f
19	22	29	Test done friday 👍 coffee bug this the again check this ありがとう gracias ticket please ok bug release	\N	2026-01-01 00:01:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
20	8	1	Meeting you green coffee naïve café the slides 🎉	\N	2026-01-01 00:01:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [19]]]	f
21	17	24	Tomorrow coffee check deploy release meeting lunch green can danke danke test ok gracias	\N	2026-01-01 00:01:10+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [24]]]	f
22	31	11	Done 🎉	\N	2026-01-01 00:01:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
23	22	29	Done tomorrow спасибо	\N	2026-01-01 00:01:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
24	57	6	Tomorrow you release sure 👍 meeting	\N	2026-01-01 00:01:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
25	13	11	Lunch 👍 ok is ありがとう later green again café ready demo sure done done is ありがとう this ok	\N	2026-01-01 00:01:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
26	72	17	Again ありがとう hello you this is 🎉 can tomorrow friday hello this check ありがとう can bug ありがとう hello	\N	2026-01-01 00:01:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
27	44	28	@user0000022 Straße friday lunch 👍 this deploy done résumé review you is review naïve ticket release ticket	\N	2026-01-01 00:01:13+00	\N	\N	\N	\N	\N	\N	\N	{22}	\N	f
28	61	7	Meeting can danke café green this release build done	\N	2026-01-01 00:01:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
29	8	19	You straße ready again café tomorrow café coffee later check this release deploy later later green test	\N	2026-01-01 00:01:14+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [19]], ["🙏", [1]]]	f
30	57	10	Release bug meeting tomorrow review	\N	2026-01-01 00:01:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
31	57	6	Hello danke deploy review meeting coffee straße résumé review merci tomorrow 🎉 can	\N	2026-01-01 00:01:15+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [6, 10]]]	f
32	46	3	Tomorrow danke demo again slides green tomorrow gracias ticket danke 👍 gracias sure sure ありがとう café demo	\N	2026-01-01 00:01:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
33	66	32	ありがとう ok naïve bug hello meeting 🎉 ありがとう hello please sure ok deploy review	\N	2026-01-01 00:01:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
34	57	6	Résumé bug danke demo this	\N	2026-01-01 00:01:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
35	34	39	Later bug lunch	\N	2026-01-01 00:01:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
36	63	15	Tomorrow danke review can lunch the	\N	2026-01-01 00:01:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
37	27	11	Build build later naïve ありがとう sure 🎉 this ok résumé check	\N	2026-01-01 00:01:18+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [2, 7]], ["❤️", [40]]]	f
38	35	23	Merci ありがとう sure the bug coffee	\N	2026-01-01 00:01:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
39	45	26	Friday is bug sure sure is the lunch naïve résumé tomorrow 🎉 friday	\N	2026-01-01 00:01:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
40	46	29	Ready can bug café is tomorrow ready ありがとう you please	\N	2026-01-01 00:01:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
41	36	35	Test again straße hello again danke done done	\N	2026-01-01 00:01:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
42	57	6	Naïve merci hello test résumé deploy	\N	2026-01-01 00:01:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
43	6	38	Deploy slides hello naïve is naïve later спасибо спасибо this can	\N	2026-01-01 00:01:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
44	45	11	Slides ありがとう bug спасибо friday can bug release спасибо coffee done you is demo green deploy naïve tomorrow	\N	2026-01-01 00:01:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
45	43	36	Review the you bug can the 🎉 ありがとう friday 🎉 ok coffee can 🎉 please	\N	2026-01-01 00:01:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
46	8	19	Test done friday 👍 coffee bug this the again check this ありがとう gracias ticket please ok bug release	\N	2026-01-01 00:01:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
47	21	6	👍 bug later ありがとう 🎉 this review can can build coffee gracias	\N	2026-01-01 00:01:23+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [10]], ["😂", [40]]]	f
48	49	27	Naïve again coffee release please meeting lunch café bug café café later naïve lunch gracias review can	\N	2026-01-01 00:01:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
49	57	10	Naïve is ticket	\N	2026-01-01 00:01:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
50	64	2	Café release bug ok merci café please this спасибо this hello you résumé check 👍 green	\N	2026-01-01 00:01:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
51	57	6	Later demo 🎉 release please you please ありがとう	\N	2026-01-01 00:01:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
52	57	10	Lunch tomorrow you demo hello later this check later again ok	\N	2026-01-01 00:01:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [10]], ["👍", [6]]]	f
53	24	10	🎉 coffee	\N	2026-01-01 00:01:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
54	29	25	Demo you hello	\N	2026-01-01 00:01:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25]], ["🎉", [3]]]	f
55	57	6	Build	\N	2026-01-01 00:01:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
56	57	10	ありがとう спасибо	\N	2026-01-01 00:01:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
57	11	1	Tomorrow check tomorrow this release bug done meeting please deploy bug build green the sure bug friday	\N	2026-01-01 00:01:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
58	34	4	The naïve bug build	\N	2026-01-01 00:01:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
59	59	23	Again ありがとう résumé coffee deploy naïve 👍 gracias спасибо can lunch the test again ready is	\N	2026-01-01 00:01:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
60	38	11	Again 👍 tomorrow ありがとう hello is ありがとう sure	\N	2026-01-01 00:01:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [11]], ["🙏", [31]]]	f
61	32	35	ありがとう hello ありがとう this check check café café deploy release the again 🎉 ありがとう	\N	2026-01-01 00:01:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
62	67	14	Naïve merci hello test résumé deploy	\N	2026-01-01 00:01:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
63	46	16	Deploy coffee you can please check	\N	2026-01-01 00:01:31+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
64	22	29	Bug sure check	\N	2026-01-01 00:01:31.5+00	\N	23	29	Done tomorrow спасибо	\N	\N	\N	{}	[["🙏", [7]]]	f
65	57	6	Done naïve this review résumé 🎉 hello 🎉 danke	\N	2026-01-01 00:01:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
66	57	6	Friday demo done later gracias sure ticket deploy test merci ticket done friday is résumé later	\N	2026-01-01 00:01:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
67	8	19	Ready this résumé 🎉	\N	2026-01-01 00:01:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
68	12	22	Ticket ok ok lunch résumé please demo tomorrow coffee merci friday demo slides naïve bug	\N	2026-01-01 00:01:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
69	57	6	Demo ticket danke lunch again demo	\N	2026-01-01 00:01:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
70	57	6	This release ok please	\N	2026-01-01 00:01:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
71	80	33	👍 ありがとう you test gracias hello is please demo gracias merci again	\N	2026-01-01 00:01:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
72	57	10	@user0000010 Tomorrow sure спасибо	\N	2026-01-01 00:01:35.5+00	\N	\N	\N	\N	\N	\N	\N	{10}	\N	f
73	52	31	You bug coffee friday test danke friday again hello coffee done done is you	\N	2026-01-01 00:01:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
74	45	26	Straße meeting ready demo lunch bug demo	\N	2026-01-01 00:01:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
75	10	32	Deploy you café sure friday ありがとう résumé 👍 naïve ticket you hello release	\N	2026-01-01 00:01:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
76	74	16	Build sure meeting release ok done deploy coffee you hello demo can release lunch gracias	\N	2026-01-01 00:01:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
77	57	10	Ticket 🎉 👍 🎉 naïve green bug merci done lunch ありがとう	\N	2026-01-01 00:01:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
78	57	10	Ready check done tomorrow the danke ありがとう café demo is bug gracias ticket later 👍 tomorrow meeting meeting	\N	2026-01-01 00:01:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
79	13	18	Is done again this sure you 🎉 👍 check done	\N	2026-01-01 00:01:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
80	59	23	Build merci is merci sure 🎉	\N	2026-01-01 00:01:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
81	8	19	Green	\N	2026-01-01 00:01:40+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [19]]]	f
82	8	19	Test	\N	2026-01-01 00:01:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
83	57	10	Ready release the again hello merci review	\N	2026-01-01 00:01:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
84	59	23	Review deploy coffee you green slides can build deploy the done ticket is is	\N	2026-01-01 00:01:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
85	6	38	Is hello build demo can ok you deploy ok gracias	\N	2026-01-01 00:01:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
86	12	38	Release 🎉 ticket hello café coffee test done please спасибо 🎉 please café bug 👍 ok	\N	2026-01-01 00:01:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
87	57	6	🎉 résumé danke demo coffee again café ありがとう	\N	2026-01-01 00:01:43+00	\N	83	10	Ready release the again hello merci review	\N	\N	\N	{}	[["🎉", [6]]]	f
88	57	10	Gracias sure sure bug straße meeting 🎉	\N	2026-01-01 00:01:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
89	5	21	You is meeting gracias can straße tomorrow sure the slides green ready gracias ready 👍 meeting	\N	2026-01-01 00:01:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
90	68	31	Sure check demo again ready friday slides review again coffee demo ok deploy again	\N	2026-01-01 00:01:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
91	43	36	Lunch please done straße slides naïve done check bug slides ok please 🎉 deploy done	\N	2026-01-01 00:01:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
92	8	19	Demo review demo meeting straße please please lunch test this review ticket deploy green	\N	2026-01-01 00:01:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [19]], ["👍", [1]]]	f
93	76	1	Naïve café release 👍 lunch 🎉	\N	2026-01-01 00:01:46+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [8]], ["😂", [1]]]	f
94	46	1	Review build test is later ready the tomorrow this can later	\N	2026-01-01 00:01:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [3]], ["🎉", [29]], ["👍", [16]]]	f
95	76	1	Coffee 🎉 coffee you coffee deploy résumé спасибо	\N	2026-01-01 00:01:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
96	57	10	Merci can again tomorrow ok hello later friday	\N	2026-01-01 00:01:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
97	11	2	Is danke review please check review coffee ok demo café coffee friday done	\N	2026-01-01 00:01:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
98	67	14	Done release later test sure ticket coffee test demo	\N	2026-01-01 00:01:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
99	6	18	Please build 🎉 test hello danke coffee please green again straße straße	\N	2026-01-01 00:01:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
100	45	26	Done ok bug gracias friday is gracias later is ok test café спасибо straße review hello done again	\N	2026-01-01 00:01:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
101	30	30	Lunch ありがとう the review tomorrow naïve is you this	\N	2026-01-01 00:01:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
102	71	9	Release you later ありがとう build café	\N	2026-01-01 00:01:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [15]], ["👍", [9]]]	f
103	38	11	Café please	\N	2026-01-01 00:01:51+00	\N	60	11	Again 👍 tomorrow ありがとう hello is ありがとう sure	\N	\N	\N	{}	\N	f
104	21	39	Straße ok café	\N	2026-01-01 00:01:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [13]], ["🎉", [40]], ["🙏", [4]]]	f
105	42	11	The café check done release this slides ありがとう friday résumé this ありがとう test danke gracias again	\N	2026-01-01 00:01:52+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [29]]]	f
106	62	30	Test review bug this lunch release bug test	\N	2026-01-01 00:01:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
107	32	36	🎉 this danke this спасибо later deploy green ready 👍 review bug sure demo merci 🎉	\N	2026-01-01 00:01:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
108	63	7	Test please café deploy done green meeting this please release straße this sure you can	\N	2026-01-01 00:01:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
109	18	16	Lunch done	\N	2026-01-01 00:01:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
110	23	25	The release 👍 danke review this is again is later gracias naïve review sure green tomorrow спасибо is	\N	2026-01-01 00:01:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
111	22	7	@user0000029 Review résumé merci release	\N	2026-01-01 00:01:55+00	\N	\N	\N	\N	\N	\N	\N	{29}	\N	f
112	47	8	Bug 👍	\N	2026-01-01 00:01:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
113	39	31	Résumé review lunch is ticket tomorrow can is ready bug test ticket naïve	\N	2026-01-01 00:01:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
114	52	30	Done 👍 coffee is merci test tomorrow green merci	\N	2026-01-01 00:01:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
115	20	30	Résumé please ありがとう coffee straße the	\N	2026-01-01 00:01:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
116	57	10	The	\N	2026-01-01 00:01:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
117	13	21	You is later coffee résumé	\N	2026-01-01 00:01:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
118	23	2	Please release meeting naïve	\N	2026-01-01 00:01:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [2]]]	f
119	68	28	Can спасибо résumé hello naïve	\N	2026-01-01 00:01:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
120	17	24	🎉 build bug ticket meeting check	\N	2026-01-01 00:01:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
121	12	14	Deploy demo 👍 review done again résumé ticket you merci can	\N	2026-01-01 00:02:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
122	12	38	Tomorrow is спасибо lunch	\N	2026-01-01 00:02:00.5+00	\N	121	14	Deploy demo 👍 review done again résumé ticket you merci can	\N	\N	\N	{}	[["🙏", [7]]]	f
123	79	31	Straße the lunch bug can 🎉 café bug 🎉 slides check again this	\N	2026-01-01 00:02:01+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [39]], ["👀", [31]]]	f
124	24	10	Merci спасибо naïve again meeting 🎉	\N	2026-01-01 00:02:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
125	57	10	Coffee release straße is gracias ありがとう 👍 this coffee the	\N	2026-01-01 00:02:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
126	16	9	Sure coffee again this ticket lunch done straße friday sure meeting build deploy check gracias ok	\N	2026-01-01 00:02:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
127	57	10	Check later demo coffee build this meeting lunch ticket ticket can	\N	2026-01-01 00:02:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
128	25	17	Please done ready 👍 slides résumé sure résumé please is test hello lunch ok résumé please release this	\N	2026-01-01 00:02:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
129	57	6	Danke can slides can ok tomorrow tomorrow you 👍 naïve later 👍 friday later later deploy build café	\N	2026-01-01 00:02:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
130	57	10	Résumé deploy done ready review please lunch résumé	\N	2026-01-01 00:02:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
131	31	16	Friday naïve please release tomorrow you спасибо later is test this the the	\N	2026-01-01 00:02:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
132	39	31	@user0000031 The coffee is coffee	\N	2026-01-01 00:02:05.5+00	\N	\N	\N	\N	\N	\N	\N	{31}	\N	f
133	57	10	Naïve deploy café slides ありがとう ok friday 👍 again	\N	2026-01-01 00:02:06+00	\N	130	10	Résumé deploy done ready review please lunch résumé	\N	\N	\N	{}	[["🎉", [10]]]	f
134	36	35	You slides slides lunch hello спасибо demo	\N	2026-01-01 00:02:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [35]]]	f
135	62	33	Ticket ok merci café lunch спасибо	\N	2026-01-01 00:02:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
136	57	10	Ok tomorrow can check ready hello coffee naïve friday deploy café	\N	2026-01-01 00:02:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
137	11	11	Can build the ありがとう meeting danke deploy straße bug demo gracias 🎉 ok can ticket lunch merci test	\N	2026-01-01 00:02:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
138	57	10	Slides check 👍 slides done later спасибо review is test ticket café naïve naïve naïve friday straße	\N	2026-01-01 00:02:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
139	34	39	Can done the review	\N	2026-01-01 00:02:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
140	57	10	Bug is again	\N	2026-01-01 00:02:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
141	54	11	Straße merci done this sure gracias ready you	\N	2026-01-01 00:02:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
142	3	6	Slides bug this merci ありがとう can please later done спасибо ready friday later meeting ありがとう 👍	\N	2026-01-01 00:02:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
143	57	6	Green please can demo ok merci sure demo	\N	2026-01-01 00:02:11+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [6]], ["😂", [10]]]	f
144	25	17	Done check is hello done please спасибо	\N	2026-01-01 00:02:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [1, 27]], ["👍", [17]]]	f
145	5	7	👍 done again deploy again you ticket résumé the	\N	2026-01-01 00:02:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
146	3	26	Merci	\N	2026-01-01 00:02:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
147	57	6	Review review bug the the again merci is this lunch coffee later	\N	2026-01-01 00:02:13+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [10]], ["👍", [6]]]	f
148	14	24	Test test test danke meeting review merci ありがとう bug bug can	\N	2026-01-01 00:02:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
149	43	28	Bug build review спасибо green review this спасибо ticket 👍 merci later	\N	2026-01-01 00:02:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
150	13	23	This check you ありがとう 🎉 slides straße bug ok ready hello résumé meeting résumé test résumé coffee friday	\N	2026-01-01 00:02:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
151	44	22	Tomorrow review later спасибо	\N	2026-01-01 00:02:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
152	14	24	Ready deploy friday 🎉	\N	2026-01-01 00:02:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [20]], ["🎉", [24]]]	f
153	8	1	Can deploy slides test 👍 friday résumé can merci build green you 🎉	\N	2026-01-01 00:02:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
154	38	31	🎉 review review release lunch please test ありがとう is slides	\N	2026-01-01 00:02:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
155	57	6	Sure slides ok merci 👍 bug hello coffee check build résumé hello ありがとう test coffee naïve	\N	2026-01-01 00:02:17+00	\N	147	6	Review review bug the the again merci is this lunch coffee later	\N	\N	\N	{}	\N	f
156	57	6	Спасибо deploy ok done 🎉 demo friday can check this please ready can gracias merci 🎉 ready	\N	2026-01-01 00:02:17.5+00	\N	155	6	Sure slides ok merci 👍 bug hello coffee check build résumé hello ありがとう test coffee naïve	\N	\N	\N	{}	[["🎉", [6]], ["👀", [10]]]	f
157	3	2	Done bug again is build coffee merci can danke build slides release the build	\N	2026-01-01 00:02:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
158	20	30	🎉 danke ready straße naïve later friday deploy спасибо спасибо café build	\N	2026-01-01 00:02:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
159	67	14	Ready	\N	2026-01-01 00:02:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
160	8	1	Спасибо gracias later lunch lunch merci naïve ready friday demo	\N	2026-01-01 00:02:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
161	57	6	Gracias later this again gracias tomorrow 👍	\N	2026-01-01 00:02:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
162	8	19	Ticket test demo coffee coffee green ticket release ok sure done again ok	\N	2026-01-01 00:02:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
163	57	6	Straße 👍 hello sure	\N	2026-01-01 00:02:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
164	64	2	This please	\N	2026-01-01 00:02:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
165	1	15	Café 👍 the café	\N	2026-01-01 00:02:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
166	11	2	Merci release ready lunch slides green gracias	\N	2026-01-01 00:02:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
167	76	1	Check café merci slides test café coffee	\N	2026-01-01 00:02:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
168	67	14	Can check again please demo the is ready release check naïve naïve straße	\N	2026-01-01 00:02:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
169	57	6	ありがとう you bug build demo check the ok again please straße	\N	2026-01-01 00:02:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
170	11	11	Test coffee café can sure release straße danke done again the ok	\N	2026-01-01 00:02:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
171	53	1	Review release ready later demo coffee tomorrow tomorrow check hello deploy hello naïve can slides ありがとう test	\N	2026-01-01 00:02:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
172	42	29	Review résumé	\N	2026-01-01 00:02:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
173	57	10	Merci slides 👍 the	\N	2026-01-01 00:02:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
174	16	9	Ready release the again hello merci review	\N	2026-01-01 00:02:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
175	57	10	Tomorrow review later ありがとう gracias	\N	2026-01-01 00:02:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
176	34	39	ありがとう test check	\N	2026-01-01 00:02:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
177	22	29	Test review bug this lunch release bug test	\N	2026-01-01 00:02:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
178	71	15	Build check review friday this lunch ticket merci you merci green	\N	2026-01-01 00:02:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
179	39	31	Ticket ready merci deploy can ok green you café ready ticket is tomorrow test can slides can café	\N	2026-01-01 00:02:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
180	20	40	Build tomorrow café coffee demo	\N	2026-01-01 00:02:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
181	13	7	Meeting gracias 👍 naïve demo build deploy 🎉 lunch danke you	\N	2026-01-01 00:02:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
182	12	2	Demo lunch hello test sure please slides	\N	2026-01-01 00:02:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
183	38	11	🎉 again bug résumé release please is tomorrow meeting gracias slides demo demo ok friday hello done check	\N	2026-01-01 00:02:31+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
184	8	1	Résumé friday 🎉 check	\N	2026-01-01 00:02:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
185	17	25	Release meeting résumé coffee résumé naïve friday naïve this can	\N	2026-01-01 00:02:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
186	20	40	Please slides 🎉 demo green ありがとう test check	\N	2026-01-01 00:02:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
187	63	15	🎉 lunch café check	\N	2026-01-01 00:02:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
188	20	30	Straße review slides straße sure naïve	\N	2026-01-01 00:02:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
189	38	11	Meeting merci ありがとう	\N	2026-01-01 00:02:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
190	11	19	This ready straße review check ありがとう ready bug straße 🎉 build deploy demo gracias lunch ok slides hello	\N	2026-01-01 00:02:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
191	53	27	Later coffee ok café the gracias deploy merci straße résumé hello	\N	2026-01-01 00:02:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
192	57	10	Review green merci can please done спасибо is release demo demo straße review	\N	2026-01-01 00:02:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
193	11	1	Is slides is danke test ticket bug you straße green coffee can meeting 🎉 you 🎉	\N	2026-01-01 00:02:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
194	40	1	🎉 the ready later ok	\N	2026-01-01 00:02:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
195	40	29	Sure later is release ありがとう slides résumé спасибо tomorrow done slides demo	\N	2026-01-01 00:02:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
196	11	19	Спасибо done спасибо test you coffee ok ok спасибо this ready café 👍 done	\N	2026-01-01 00:02:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
197	57	6	Bug demo demo build	\N	2026-01-01 00:02:38+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [10]]]	f
198	57	6	Lunch deploy release meeting merci naïve can again meeting tomorrow bug demo sure	\N	2026-01-01 00:02:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
199	75	17	Friday naïve please release tomorrow you спасибо later is test this the the	\N	2026-01-01 00:02:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
200	74	24	@user0000016 🎉 demo check slides ticket this sure	\N	2026-01-01 00:02:39.5+00	\N	\N	\N	\N	\N	\N	\N	{16}	[["🙏", [16, 24]]]	f
201	6	18	You you this slides test merci check meeting gracias can this 👍 deploy release café friday review again	\N	2026-01-01 00:02:40+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [38]], ["🙏", [18]]]	f
202	11	2	The is please спасибо can	\N	2026-01-01 00:02:40.5+00	\N	196	19	Спасибо done спасибо test you coffee ok ok спасибо this ready café 👍 done	\N	\N	\N	{}	\N	f
203	57	6	Coffee demo slides hello café slides tomorrow tomorrow sure спасибо naïve test later café later ありがとう	\N	2026-01-01 00:02:41+00	\N	198	6	Lunch deploy release meeting merci naïve can again meeting tomorrow bug demo sure	\N	\N	\N	{}	\N	f
204	40	1	Ticket 🎉 спасибо is straße test again café later 🎉 café danke later test gracias gracias résumé is	\N	2026-01-01 00:02:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
205	45	11	Tomorrow	\N	2026-01-01 00:02:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
206	67	14	👍 ありがとう you test gracias hello is please demo gracias merci again	\N	2026-01-01 00:02:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
207	49	27	Can friday slides merci straße ticket meeting deploy naïve 🎉 ありがとう review is 👍 👍 lunch	\N	2026-01-01 00:02:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
208	63	7	Release coffee you is release 👍 👍 🎉 спасибо the gracias hello is green 👍	\N	2026-01-01 00:02:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
209	79	39	You friday this ticket release ticket danke ok hello hello demo ticket demo merci the lunch green	\N	2026-01-01 00:02:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
210	57	6	Merci this спасибо ありがとう	\N	2026-01-01 00:02:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
211	57	6	Check naïve friday ok gracias ありがとう café straße done can test the ありがとう ありがとう again	\N	2026-01-01 00:02:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
212	20	30	Please danke gracias test merci спасибо ticket review later friday ticket is demo	\N	2026-01-01 00:02:45.5+00	\N	188	30	Straße review slides straße sure naïve	\N	\N	\N	{}	\N	f
213	34	4	Done later later you build later done review friday friday test straße	\N	2026-01-01 00:02:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
214	57	10	Deploy 🎉 sure ありがとう demo check is 🎉 later 🎉 please deploy спасибо	\N	2026-01-01 00:02:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
215	63	15	Again 👍 done 🎉 this build 👍 review test deploy check test you tomorrow danke release 🎉	\N	2026-01-01 00:02:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
216	57	6	Gracias ありがとう review café lunch	\N	2026-01-01 00:02:47.5+00	\N	214	10	Deploy 🎉 sure ありがとう demo check is 🎉 later 🎉 please deploy спасибо	\N	\N	\N	{}	\N	f
217	73	33	Sure lunch can	\N	2026-01-01 00:02:48+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [33]], ["😂", [40]]]	f
218	6	18	Done danke coffee check café ありがとう lunch meeting 🎉 can lunch straße hello merci	\N	2026-01-01 00:02:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [38]]]	f
219	80	29	Later café bug	\N	2026-01-01 00:02:49+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [29, 33]]]	f
220	12	32	Is you test the merci can	\N	2026-01-01 00:02:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
221	66	12	Meeting done спасибо bug naïve tomorrow sure merci naïve	\N	2026-01-01 00:02:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
222	76	8	👍 release naïve	\N	2026-01-01 00:02:50.5+00	\N	167	1	Check café merci slides test café coffee	\N	\N	\N	{}	\N	f
223	52	31	Bug hello meeting bug please the release check demo	\N	2026-01-01 00:02:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
224	21	13	Again please gracias done merci hello tomorrow	\N	2026-01-01 00:02:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
225	20	30	Done ready hello naïve merci 🎉 green is release bug merci	\N	2026-01-01 00:02:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
226	13	7	Ready lunch 👍 review bug slides sure meeting	\N	2026-01-01 00:02:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [23]], ["👀", [10]]]	f
227	1	38	This ticket build lunch naïve meeting café спасибо naïve coffee green merci please deploy demo	\N	2026-01-01 00:02:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
228	18	2	@user0000016 Tomorrow ready friday naïve sure bug this gracias the review you ありがとう is later friday	\N	2026-01-01 00:02:53.5+00	\N	\N	\N	\N	\N	\N	\N	{16}	\N	f
229	29	3	The test later résumé meeting merci please gracias check tomorrow the 🎉	\N	2026-01-01 00:02:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
230	57	10	Again done ありがとう check is naïve 👍	\N	2026-01-01 00:02:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [6, 10]]]	f
231	37	5	You 🎉 done ok ありがとう is naïve green ticket again demo build	\N	2026-01-01 00:02:55+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [32]], ["😂", [5]]]	f
232	47	27	Test résumé ありがとう danke	\N	2026-01-01 00:02:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
233	34	20	Ticket please merci you 👍 👍 can check build test deploy is again is the tomorrow	\N	2026-01-01 00:02:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
234	72	10	Danke done deploy ticket	\N	2026-01-01 00:02:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
235	57	10	Done hello later naïve спасибо résumé can merci is gracias slides review build	\N	2026-01-01 00:02:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
236	4	33	Green спасибо sure green 🎉 lunch naïve test this friday slides tomorrow gracias	\N	2026-01-01 00:02:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [29]], ["👍", [16]], ["🙏", [32]]]	f
237	42	29	Спасибо please please ありがとう hello	\N	2026-01-01 00:02:58+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [29]]]	f
238	53	1	Test is bug friday review deploy 👍 merci done build please test tomorrow danke test naïve	\N	2026-01-01 00:02:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [27]]]	f
239	57	10	Review green merci can please done спасибо is release demo demo straße review	\N	2026-01-01 00:02:59+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [10]]]	f
240	11	2	Test green 🎉 ready deploy test tomorrow this later	\N	2026-01-01 00:02:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
241	15	1	Meeting hello meeting green 🎉 ok this demo check later please meeting this	\N	2026-01-01 00:03:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
242	30	30	ありがとう résumé lunch coffee danke 👍 danke danke slides friday ready	\N	2026-01-01 00:03:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
243	65	17	🎉 ありがとう	\N	2026-01-01 00:03:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
244	11	19	This this can résumé tomorrow danke ありがとう meeting friday naïve sure	\N	2026-01-01 00:03:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
245	62	33	Later tomorrow tomorrow résumé can release done ticket the done 👍 deploy please green lunch	\N	2026-01-01 00:03:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
246	18	8	Coffee naïve again you test green check tomorrow merci	\N	2026-01-01 00:03:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [8]]]	f
247	55	31	Gracias later friday can résumé coffee deploy	\N	2026-01-01 00:03:03+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [11]]]	f
248	8	1	Hello 👍 release ready tomorrow release	\N	2026-01-01 00:03:03.5+00	\N	184	1	Résumé friday 🎉 check	\N	\N	\N	{}	\N	f
249	6	38	👍 build release please sure résumé café tomorrow	\N	2026-01-01 00:03:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
250	20	30	ありがとう merci is café meeting test can sure	\N	2026-01-01 00:03:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
251	67	1	👍 naïve tomorrow café ticket ありがとう the ありがとう 👍 merci is lunch 👍 🎉 release tomorrow	\N	2026-01-01 00:03:05+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [1]], ["😂", [14]]]	f
252	34	15	Later please done 🎉 ok tomorrow this the 🎉 ありがとう review café again demo merci	\N	2026-01-01 00:03:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
253	67	14	Test résumé ありがとう danke	\N	2026-01-01 00:03:06+00	\N	251	1	👍 naïve tomorrow café ticket ありがとう the ありがとう 👍 merci is lunch 👍 🎉 release tomorrow	\N	\N	\N	{}	\N	f
254	24	10	This review naïve test coffee lunch friday 🎉 test bug deploy ticket danke again straße danke	\N	2026-01-01 00:03:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
255	55	6	Please deploy café you bug test спасибо green green again slides this friday ありがとう спасибо deploy	\N	2026-01-01 00:03:07+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [40]], ["🙏", [22]]]	f
256	64	2	Ticket 🎉 спасибо is straße test again café later 🎉 café danke later test gracias gracias résumé is	\N	2026-01-01 00:03:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
257	11	11	Résumé again 🎉 demo café straße coffee check meeting is build merci release release friday	\N	2026-01-01 00:03:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
258	22	29	Review naïve test again ticket test done please ticket naïve danke ready the ticket danke green merci straße	\N	2026-01-01 00:03:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
259	54	11	The please gracias green slides café please can the	\N	2026-01-01 00:03:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
260	34	15	👍 friday this later merci ticket ありがとう danke спасибо	\N	2026-01-01 00:03:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
261	70	37	Test résumé café gracias coffee gracias ticket gracias 👍 build	\N	2026-01-01 00:03:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
262	57	6	Résumé 🎉 check demo bug test straße résumé ready test later tomorrow tomorrow is straße straße	\N	2026-01-01 00:03:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
263	57	6	Coffee ready merci ready danke 👍 build meeting sure 🎉 ticket	\N	2026-01-01 00:03:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
264	22	7	Sure the ありがとう the slides hello tomorrow ありがとう ready merci review green done naïve ready ok café test	\N	2026-01-01 00:03:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
265	52	31	You this friday deploy release is done ありがとう is ready hello	\N	2026-01-01 00:03:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
266	63	7	Ok	\N	2026-01-01 00:03:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [7]]]	f
267	57	10	Bug спасибо can 👍 green meeting done review	\N	2026-01-01 00:03:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
268	12	18	Build спасибо later later bug done straße ticket this can hello спасибо demo meeting is naïve	\N	2026-01-01 00:03:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
269	2	37	The 👍 straße meeting ready gracias	\N	2026-01-01 00:03:14+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [31]]]	f
270	21	4	Sure coffee 👍 build again ready	\N	2026-01-01 00:03:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [10, 40]], ["👍", [4]]]	f
271	57	6	Again lunch coffee	\N	2026-01-01 00:03:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
272	6	38	Is done again this sure you 🎉 👍 check done	\N	2026-01-01 00:03:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
273	16	26	Test deploy again check test deploy check sure sure later naïve 🎉 🎉 bug ok	\N	2026-01-01 00:03:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
274	11	11	ありがとう meeting test release gracias tomorrow résumé	\N	2026-01-01 00:03:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
275	41	39	Please slides 🎉 demo green ありがとう test check	\N	2026-01-01 00:03:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
276	8	1	ありがとう sure lunch please merci ok gracias is can slides merci danke is deploy ready slides	\N	2026-01-01 00:03:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
277	34	15	Ok tomorrow the hello demo test test	\N	2026-01-01 00:03:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
278	15	3	Can done the review	\N	2026-01-01 00:03:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
279	62	30	Review gracias café ok is	\N	2026-01-01 00:03:19+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [30, 33]]]	f
280	57	10	Deploy review meeting build later straße build	\N	2026-01-01 00:03:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
281	57	10	Green naïve	\N	2026-01-01 00:03:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
282	22	7	Lunch résumé gracias naïve slides meeting ok ok ありがとう slides sure	\N	2026-01-01 00:03:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
283	50	22	Straße deploy friday спасибо	\N	2026-01-01 00:03:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
284	59	23	Gracias danke check café check release sure merci meeting meeting deploy ready deploy please again ready	\N	2026-01-01 00:03:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
285	22	29	Test test review 🎉	\N	2026-01-01 00:03:22+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [29]], ["🙏", [7]]]	f
286	60	7	Résumé ok coffee coffee release tomorrow lunch merci please	\N	2026-01-01 00:03:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
287	57	10	Sure tomorrow test build	\N	2026-01-01 00:03:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
288	57	10	Lunch danke friday review lunch done ticket sure check	\N	2026-01-01 00:03:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
289	57	6	Straße is the release 🎉 danke is bug hello you review спасибо	\N	2026-01-01 00:03:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
290	57	10	Build danke friday спасибо deploy danke later bug gracias test hello sure café friday done спасибо bug build	\N	2026-01-01 00:03:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
291	68	26	Ready спасибо straße slides café 🎉 👍 can	\N	2026-01-01 00:03:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
292	63	15	Friday gracias please the hello	\N	2026-01-01 00:03:25.5+00	\N	266	7	Ok	\N	\N	\N	{}	\N	f
293	8	19	Bug later danke straße later résumé again slides the résumé test review release can ありがとう meeting	\N	2026-01-01 00:03:26+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [1, 19]]]	f
294	4	29	Ready bug	\N	2026-01-01 00:03:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
295	80	29	Coffee friday café done tomorrow ありがとう résumé hello test tomorrow	\N	2026-01-01 00:03:27+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [29]], ["🙏", [33]]]	f
296	57	10	@user0000010 Please straße straße ok build спасибо meeting meeting review спасибо ありがとう later danke ready test later release ok	\N	2026-01-01 00:03:27.5+00	\N	\N	\N	\N	\N	\N	\N	{10}	[["🎉", [10]], ["👀", [6]]]	f
297	8	19	Done please deploy this build danke green later tomorrow check hello ticket danke 👍 tomorrow	\N	2026-01-01 00:03:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
298	43	36	Coffee the green ticket	\N	2026-01-01 00:03:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [28]], ["😂", [36]]]	f
299	8	19	Test you slides café hello test 👍 👍 test meeting	\N	2026-01-01 00:03:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
300	43	36	Gracias ありがとう ticket résumé merci is ok test résumé review	\N	2026-01-01 00:03:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
301	22	7	👍 ありがとう demo café green ok lunch спасибо release ready meeting 👍 hello ticket slides	\N	2026-01-01 00:03:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
302	50	32	Can 👍 résumé café friday coffee lunch merci this demo can	\N	2026-01-01 00:03:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
303	48	9	Ticket hello naïve deploy danke	\N	2026-01-01 00:03:31+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
304	57	6	Can	\N	2026-01-01 00:03:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
305	7	3	Meeting later please bug you naïve	\N	2026-01-01 00:03:32+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [3]], ["😂", [31]]]	f
306	12	32	ありがとう 👍 lunch build again naïve	\N	2026-01-01 00:03:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
307	4	16	Build please ready later can straße ready 🎉 check	\N	2026-01-01 00:03:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
308	6	18	Done you café naïve build done résumé green 👍 done ok later sure this later спасибо straße bug	\N	2026-01-01 00:03:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
309	34	15	Check deploy 👍 friday bug review danke later build tomorrow straße again	\N	2026-01-01 00:03:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
310	34	15	👍 straße demo lunch спасибо green coffee 👍 again sure	\N	2026-01-01 00:03:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
311	57	6	Coffee gracias later tomorrow meeting please later ありがとう you ticket done naïve check hello review please release the	\N	2026-01-01 00:03:35+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [10]], ["👍", [6]]]	f
312	67	1	ありがとう again meeting résumé tomorrow	\N	2026-01-01 00:03:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [14]], ["🙏", [1]]]	f
313	67	1	You demo 🎉 naïve this meeting later ありがとう can bug	\N	2026-01-01 00:03:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
314	38	31	Lunch sure résumé ありがとう check build check deploy ありがとう is please friday test	\N	2026-01-01 00:03:36.5+00	\N	189	11	Meeting merci ありがとう	\N	\N	\N	{}	\N	f
315	57	10	Review check straße sure 🎉	\N	2026-01-01 00:03:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
316	16	9	Lunch release demo release résumé café again this merci ok lunch merci	\N	2026-01-01 00:03:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
317	67	1	Hello hello demo green slides slides deploy sure lunch	\N	2026-01-01 00:03:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
318	20	30	Slides coffee build bug done danke done done bug check спасибо	\N	2026-01-01 00:03:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
319	12	30	Friday ありがとう danke sure ready 👍 ok ticket straße release demo ok gracias	\N	2026-01-01 00:03:39+00	\N	306	32	ありがとう 👍 lunch build again naïve	\N	\N	\N	{}	\N	f
320	12	38	@user0000014 Спасибо straße later the hello coffee 🎉 release straße спасибо check 🎉 спасибо demo this can deploy	\N	2026-01-01 00:03:39.5+00	\N	\N	\N	\N	\N	\N	\N	{14}	\N	f
321	80	29	Later test ready later coffee 🎉 🎉 lunch merci can build hello	\N	2026-01-01 00:03:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
322	57	6	Test ありがとう can demo meeting done demo deploy	\N	2026-01-01 00:03:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
323	43	28	Deploy ok gracias the bug deploy ready this can build ready ok later	\N	2026-01-01 00:03:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
324	22	7	Danke can ticket sure again ok	\N	2026-01-01 00:03:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
325	34	20	The the	\N	2026-01-01 00:03:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
326	57	10	Спасибо lunch you can done	\N	2026-01-01 00:03:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
327	57	6	Again coffee	\N	2026-01-01 00:03:43+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [6]]]	f
328	57	6	Again café can	\N	2026-01-01 00:03:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
329	20	30	Slides you done meeting friday straße café release	\N	2026-01-01 00:03:44+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [40]], ["😂", [30]]]	f
330	36	35	Спасибо sure gracias please again is	\N	2026-01-01 00:03:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
331	11	11	Meeting please review merci café you demo danke merci ok is hello naïve deploy	\N	2026-01-01 00:03:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
332	53	27	Lunch naïve you please	\N	2026-01-01 00:03:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
333	57	10	Bug 🎉 ありがとう again ありがとう please the résumé danke	\N	2026-01-01 00:03:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
334	15	1	🎉 tomorrow ok résumé ticket straße slides the done tomorrow the the résumé ok again done	\N	2026-01-01 00:03:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
335	57	10	Gracias slides	\N	2026-01-01 00:03:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
336	76	8	🎉	\N	2026-01-01 00:03:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
337	34	15	Straße naïve naïve 👍	\N	2026-01-01 00:03:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
338	42	11	Green deploy you test 🎉 you please test hello naïve	\N	2026-01-01 00:03:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
339	44	28	Gracias release hello check done is green the résumé résumé ありがとう demo bug friday ok bug lunch merci	\N	2026-01-01 00:03:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
340	11	11	Again спасибо this 👍 demo deploy coffee can danke	\N	2026-01-01 00:03:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
341	62	30	Check gracias	\N	2026-01-01 00:03:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
342	6	38	Hello deploy this coffee can please is please done bug check friday merci check check	\N	2026-01-01 00:03:50.5+00	\N	308	18	Done you café naïve build done résumé green 👍 done ok later sure this later спасибо straße bug	\N	\N	\N	{}	\N	f
343	8	1	Lunch meeting you coffee lunch review gracias slides ありがとう ありがとう ready demo bug meeting 🎉 slides tomorrow done	\N	2026-01-01 00:03:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
344	40	1	Lunch release demo release résumé café again this merci ok lunch merci	\N	2026-01-01 00:03:51.5+00	\N	204	1	Ticket 🎉 спасибо is straße test again café later 🎉 café danke later test gracias gracias résumé is	\N	\N	\N	{}	\N	f
345	8	19	Deploy ok check can naïve merci coffee	\N	2026-01-01 00:03:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
346	77	3	Ticket	\N	2026-01-01 00:03:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
347	48	9	Release merci later sure naïve straße please test check review danke release sure	\N	2026-01-01 00:03:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
348	6	18	Ready you the 👍 done this please demo спасибо merci coffee this 👍	\N	2026-01-01 00:03:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
349	8	1	Café	\N	2026-01-01 00:03:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
350	57	10	Build release danke 👍 done later release coffee this the is danke спасибо ticket	\N	2026-01-01 00:03:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
351	22	29	Ticket ありがとう lunch done slides lunch the please check again deploy friday	\N	2026-01-01 00:03:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
352	21	2	Straße naïve done please	\N	2026-01-01 00:03:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
353	5	7	Naïve demo lunch sure this meeting 🎉 green résumé coffee you release merci tomorrow ticket meeting спасибо	\N	2026-01-01 00:03:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
354	11	11	Demo naïve спасибо build this again	\N	2026-01-01 00:03:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
355	62	30	Спасибо please bug merci	\N	2026-01-01 00:03:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
356	55	12	Merci build please demo the 🎉 ready tomorrow build the sure friday ok straße спасибо hello	\N	2026-01-01 00:03:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
357	57	10	ありがとう résumé lunch hello résumé résumé	\N	2026-01-01 00:03:58+00	\N	350	10	Build release danke 👍 done later release coffee this the is danke спасибо ticket	\N	\N	\N	{}	\N	f
358	7	31	Friday ok is sure build check build bug green the again later done naïve is green tomorrow	\N	2026-01-01 00:03:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
359	7	3	This coffee gracias meeting later ok straße slides done 👍 спасибо	\N	2026-01-01 00:03:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
360	11	11	Later demo danke 🎉 ありがとう merci café you release straße friday	\N	2026-01-01 00:03:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
361	34	39	Merci sure meeting bug ありがとう test ticket green test ticket you	\N	2026-01-01 00:04:00+00	\N	337	15	Straße naïve naïve 👍	\N	\N	\N	{}	[["❤️", [4]], ["🎉", [15]], ["👍", [20]]]	f
362	11	11	🎉	\N	2026-01-01 00:04:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
363	31	11	🎉 you 👍 can 🎉 sure ok lunch ticket release friday ready friday friday	\N	2026-01-01 00:04:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
364	57	10	Coffee meeting ok done the спасибо build this deploy test you green tomorrow ticket this	\N	2026-01-01 00:04:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
365	69	5	The danke ready danke	\N	2026-01-01 00:04:02+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [39]], ["😂", [29]]]	f
366	57	10	Résumé tomorrow tomorrow done ticket café danke ready can later	\N	2026-01-01 00:04:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
367	57	10	Hello straße спасибо danke	\N	2026-01-01 00:04:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
368	57	6	Check ok ticket friday this build test test check ticket slides спасибо coffee спасибо	\N	2026-01-01 00:04:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [6]], ["😂", [10]]]	f
369	65	1	Hello naïve hello demo hello coffee café is demo straße lunch meeting done	\N	2026-01-01 00:04:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
370	18	16	Lunch again 🎉 you naïve спасибо	\N	2026-01-01 00:04:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
371	57	6	Later straße green straße test please test спасибо is tomorrow	\N	2026-01-01 00:04:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
372	77	3	Naïve build build you naïve slides sure ok sure can hello later release café café please	\N	2026-01-01 00:04:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
373	67	14	Спасибо is hello later you the build coffee review	\N	2026-01-01 00:04:06+00	\N	317	1	Hello hello demo green slides slides deploy sure lunch	\N	\N	\N	{}	\N	f
374	78	9	Lunch 🎉 green спасибо 👍 the résumé demo naïve	\N	2026-01-01 00:04:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
375	57	6	Tomorrow can ok again	\N	2026-01-01 00:04:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
376	57	10	Ok is 👍 deploy this review	\N	2026-01-01 00:04:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
377	11	11	👍 meeting résumé merci coffee ありがとう gracias lunch gracias merci build lunch résumé test slides green friday	\N	2026-01-01 00:04:08+00	\N	362	11	🎉	\N	\N	\N	{}	\N	f
378	70	37	Friday is gracias merci lunch naïve danke done	\N	2026-01-01 00:04:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
379	66	28	Naïve naïve ありがとう slides deploy demo later résumé check meeting bug green release again is coffee sure résumé	\N	2026-01-01 00:04:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
380	27	7	Deploy this straße ready the demo спасибо check	\N	2026-01-01 00:04:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2]], ["👍", [7]], ["🙏", [40]]]	f
381	57	10	Demo done later meeting lunch 🎉 спасибо is coffee demo the slides résumé danke résumé can later	\N	2026-01-01 00:04:10+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [6]]]	f
382	57	6	Deploy friday again	\N	2026-01-01 00:04:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
383	15	1	Ready you gracias build review friday café ok 👍 🎉 sure slides again the the ready	\N	2026-01-01 00:04:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
384	15	1	Release review 🎉 this test café slides slides done ready danke done later gracias release demo meeting	\N	2026-01-01 00:04:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
385	57	6	Ticket hello straße again	\N	2026-01-01 00:04:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
386	57	10	Ok 👍 lunch can	\N	2026-01-01 00:04:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
387	13	5	Can the deploy check ready you friday ありがとう tomorrow demo	\N	2026-01-01 00:04:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
388	34	39	You 🎉 coffee later straße bug green hello the hello ありがとう tomorrow slides coffee	\N	2026-01-01 00:04:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
389	38	31	Coffee is can is straße check this please lunch 🎉 check merci coffee naïve	\N	2026-01-01 00:04:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
390	44	22	Gracias 👍 ok ticket release ready ありがとう deploy done gracias	\N	2026-01-01 00:04:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
391	57	6	Review done meeting check is later deploy sure	\N	2026-01-01 00:04:15+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [6, 10]]]	f
392	13	10	Can ok done café test green review danke	\N	2026-01-01 00:04:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [1]], ["👍", [7]], ["😂", [24]]]	f
393	57	6	Green coffee ticket merci lunch 🎉 later build	\N	2026-01-01 00:04:16+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [10]], ["👍", [6]]]	f
394	57	10	You meeting naïve you deploy 👍 deploy the please danke check ありがとう gracias	\N	2026-01-01 00:04:16.5+00	\N	393	6	Green coffee ticket merci lunch 🎉 later build	\N	\N	\N	{}	\N	f
395	1	33	Hello meeting résumé demo спасибо	\N	2026-01-01 00:04:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
396	57	10	Café 🎉 hello later friday	\N	2026-01-01 00:04:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
397	77	4	Again test meeting check again	\N	2026-01-01 00:04:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
398	8	1	Hello coffee coffee café demo you ありがとう merci coffee meeting ticket danke done test ありがとう meeting	\N	2026-01-01 00:04:18.5+00	\N	349	1	Café	\N	\N	\N	{}	\N	f
399	12	25	This this can résumé tomorrow danke ありがとう meeting friday naïve sure	\N	2026-01-01 00:04:19+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [4, 18]], ["🎉", [32]]]	f
400	20	30	Sure release résumé 👍 coffee the sure sure ありがとう ready hello build gracias deploy café gracias	\N	2026-01-01 00:04:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
401	11	11	Hello release coffee demo résumé résumé the naïve friday merci lunch the test done please ticket	\N	2026-01-01 00:04:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
402	24	10	Hello hello demo green slides slides deploy sure lunch	\N	2026-01-01 00:04:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [10]]]	f
403	44	28	Café test ok lunch review ready the the release straße review	\N	2026-01-01 00:04:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
404	14	20	Is test naïve deploy	\N	2026-01-01 00:04:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
405	5	21	Can bug test you	\N	2026-01-01 00:04:22+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [21]]]	f
406	32	35	You can demo gracias slides the sure done deploy test résumé slides tomorrow test bug green green friday	\N	2026-01-01 00:04:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
407	11	2	Résumé friday ticket ありがとう can straße résumé deploy straße meeting sure спасибо review 👍 ticket	\N	2026-01-01 00:04:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
408	20	30	Sure please this is please merci build test	\N	2026-01-01 00:04:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
409	11	11	👍	\N	2026-01-01 00:04:24+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [2]]]	f
410	57	6	Naïve	\N	2026-01-01 00:04:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [6]], ["🙏", [10]]]	f
411	57	10	👍 meeting résumé merci coffee ありがとう gracias lunch gracias merci build lunch résumé test slides green friday	\N	2026-01-01 00:04:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
412	58	10	Ready bug 👍 ありがとう	\N	2026-01-01 00:04:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
413	39	31	Release check ticket coffee the naïve	\N	2026-01-01 00:04:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
414	57	6	Tomorrow ok this lunch gracias sure hello check this straße release check naïve	\N	2026-01-01 00:04:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [10]]]	f
415	53	1	Check résumé friday demo review later review is is 👍 check is demo ありがとう release test	\N	2026-01-01 00:04:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
416	57	10	Lunch again slides is naïve merci can again later	\N	2026-01-01 00:04:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
417	31	16	Please please slides release deploy again спасибо	\N	2026-01-01 00:04:28+00	\N	363	11	🎉 you 👍 can 🎉 sure ok lunch ticket release friday ready friday friday	\N	\N	\N	{}	\N	f
418	57	6	ありがとう build 🎉 release danke meeting ticket meeting ticket tomorrow gracias gracias спасибо	\N	2026-01-01 00:04:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
419	38	11	Slides bug build this done meeting danke 🎉 please build danke	\N	2026-01-01 00:04:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
420	27	40	ありがとう check ready again meeting спасибо is you can naïve résumé review friday meeting deploy café	\N	2026-01-01 00:04:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
421	11	19	Test 🎉 later test hello this coffee lunch 👍 later done deploy ありがとう	\N	2026-01-01 00:04:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
422	13	2	Deploy ありがとう gracias merci tomorrow naïve build done ready ok green again again slides merci	\N	2026-01-01 00:04:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
423	15	1	Straße please review hello demo test release this спасибо please is	\N	2026-01-01 00:04:31+00	\N	384	1	Release review 🎉 this test café slides slides done ready danke done later gracias release demo meeting	\N	\N	\N	{}	[["😂", [1]]]	f
424	27	40	Please спасибо build meeting ok you hello	\N	2026-01-01 00:04:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [11]]]	f
425	20	40	Sure hello ready demo friday review check green	\N	2026-01-01 00:04:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
426	20	40	Спасибо demo build you this ready sure 🎉	\N	2026-01-01 00:04:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [40]], ["👍", [30]]]	f
427	57	6	Café ticket later please	\N	2026-01-01 00:04:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
428	44	22	Please lunch later résumé build	\N	2026-01-01 00:04:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
429	57	10	Café ticket	\N	2026-01-01 00:04:34+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [6]], ["🙏", [10]]]	f
430	10	25	@user0000025 The build the demo merci café later is ready спасибо done 👍 again build	\N	2026-01-01 00:04:34.5+00	\N	\N	\N	\N	\N	\N	\N	{25}	[["❤️", [32]], ["👍", [25]], ["🙏", [34]]]	f
431	8	1	Straße danke later friday	\N	2026-01-01 00:04:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
432	31	16	Café check naïve demo naïve please sure ready 👍 ticket спасибо 🎉 coffee bug	\N	2026-01-01 00:04:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
433	57	10	Straße coffee sure ready green tomorrow release friday ok merci ok meeting naïve résumé bug café	\N	2026-01-01 00:04:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
434	57	10	Slides ticket please is is sure 🎉 deploy review résumé спасибо ready demo friday review this can straße	\N	2026-01-01 00:04:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
435	57	10	Tomorrow danke later ready спасибо ticket спасибо ready ok is	\N	2026-01-01 00:04:37+00	\N	434	10	Slides ticket please is is sure 🎉 deploy review résumé спасибо ready demo friday review this can straße	\N	\N	\N	{}	\N	f
436	59	13	Ticket is hello straße ok please résumé is merci tomorrow review спасибо	\N	2026-01-01 00:04:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
437	12	7	@user0000033 Ok coffee is lunch ready meeting this is test спасибо	\N	2026-01-01 00:04:38+00	\N	399	25	This this can résumé tomorrow danke ありがとう meeting friday naïve sure	\N	\N	\N	{33}	\N	f
438	57	10	Gracias 🎉 hello build ready review	\N	2026-01-01 00:04:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [6]], ["👀", [10]]]	f
439	57	6	Test gracias please coffee bug coffee check	\N	2026-01-01 00:04:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
440	57	6	👍 can sure test later спасибо	\N	2026-01-01 00:04:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
441	33	18	@user0000018 Review review later done review sure danke later again green deploy test hello gracias build	\N	2026-01-01 00:04:40+00	\N	\N	\N	\N	\N	\N	\N	{18}	\N	f
442	65	17	Demo check test gracias is green 👍	\N	2026-01-01 00:04:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [17]], ["👀", [1]]]	f
443	73	40	ありがとう later this	\N	2026-01-01 00:04:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
444	10	32	Friday lunch build tomorrow спасибо gracias you build résumé coffee review café	\N	2026-01-01 00:04:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
445	20	30	Café coffee deploy review résumé naïve danke done	\N	2026-01-01 00:04:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
446	40	1	🎉 this danke this спасибо later deploy green ready 👍 review bug sure demo merci 🎉	\N	2026-01-01 00:04:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
447	67	14	Bug later you coffee sure again you gracias ありがとう slides résumé bug ありがとう	\N	2026-01-01 00:04:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
448	20	30	Review	\N	2026-01-01 00:04:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
449	6	18	Green ready café the later tomorrow hello again ticket can green	\N	2026-01-01 00:04:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
450	28	33	👍 friday this later merci ticket ありがとう danke спасибо	\N	2026-01-01 00:04:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [30]], ["😂", [20]]]	f
451	11	19	👍 ありがとう gracias test coffee bug meeting release 🎉 café	\N	2026-01-01 00:04:45+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [11]]]	f
452	48	2	Done naïve sure is lunch 🎉 this green done please naïve sure green	\N	2026-01-01 00:04:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
453	8	19	Tomorrow review later ありがとう gracias	\N	2026-01-01 00:04:46+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [1, 19]]]	f
454	78	19	Is you test green friday green deploy demo release can deploy tomorrow tomorrow ticket ready	\N	2026-01-01 00:04:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
455	6	18	Done demo ありがとう lunch ticket you café green slides hello demo ticket green straße ticket café ありがとう	\N	2026-01-01 00:04:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
456	11	1	Done test	\N	2026-01-01 00:04:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
457	46	36	This meeting you is hello ok later the coffee check ready slides meeting	\N	2026-01-01 00:04:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
458	63	7	Can the ありがとう please release meeting 🎉 straße you coffee спасибо ticket	\N	2026-01-01 00:04:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
459	22	7	Deploy naïve deploy lunch friday again friday green this done 👍 hello résumé merci coffee release	\N	2026-01-01 00:04:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
460	47	8	Straße build tomorrow test 👍 friday	\N	2026-01-01 00:04:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
461	12	4	Demo naïve спасибо build this again	\N	2026-01-01 00:04:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
462	45	26	Gracias friday this 👍 can ready review this café	\N	2026-01-01 00:04:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
463	14	20	Deploy ticket deploy is build lunch the naïve	\N	2026-01-01 00:04:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
464	56	15	Спасибо release done green done hello merci coffee merci naïve ready 👍 please danke	\N	2026-01-01 00:04:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
465	74	24	Gracias done this meeting deploy test slides ok bug gracias slides the	\N	2026-01-01 00:04:52+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [24]], ["😂", [16]]]	f
466	15	1	Slides can	\N	2026-01-01 00:04:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
467	8	19	Merci release café	\N	2026-01-01 00:04:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
468	57	10	Review meeting 🎉 later green hello please ticket coffee ready	\N	2026-01-01 00:04:53.5+00	\N	440	6	👍 can sure test later спасибо	\N	\N	\N	{}	\N	f
469	27	11	Sure meeting test you please gracias danke this ticket meeting	\N	2026-01-01 00:04:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
470	57	10	This build please danke straße danke merci deploy	\N	2026-01-01 00:04:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
471	74	24	Ok deploy done green coffee hello hello release is later can is danke build	\N	2026-01-01 00:04:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
472	68	26	Ready you merci you test test résumé tomorrow merci ありがとう build slides 👍 спасибо can tomorrow meeting test	\N	2026-01-01 00:04:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
473	57	6	Naïve this deploy ticket résumé demo спасибо спасибо demo build ありがとう danke hello test release meeting meeting review	\N	2026-01-01 00:04:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
474	11	1	Ok check gracias hello done lunch can is friday meeting спасибо merci demo	\N	2026-01-01 00:04:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
528	12	25	ありがとう release merci ticket check спасибо ありがとう please résumé green tomorrow the	\N	2026-01-01 00:05:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
475	59	23	Check can bug friday ありがとう check coffee café done ありがとう the	\N	2026-01-01 00:04:57+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [23]], ["😂", [13]]]	f
476	76	8	Café coffee this ありがとう done merci green bug release meeting	\N	2026-01-01 00:04:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
477	50	8	Résumé lunch this ok the gracias ok review danke café this ありがとう you	\N	2026-01-01 00:04:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
478	6	18	Is done lunch tomorrow 👍 demo sure done later build	\N	2026-01-01 00:04:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
479	61	38	Ticket again naïve danke can demo gracias later	\N	2026-01-01 00:04:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
480	23	2	Hello done coffee ありがとう 👍 deploy bug review green спасибо 👍 coffee bug danke straße	\N	2026-01-01 00:04:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
481	21	2	Done later	\N	2026-01-01 00:05:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
482	57	10	Спасибо straße slides merci again ticket you can bug	\N	2026-01-01 00:05:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [6, 10]]]	f
483	71	15	Ready you hello sure meeting you bug test review hello bug meeting résumé 👍 done tomorrow	\N	2026-01-01 00:05:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
484	13	7	Deploy friday ready review the later tomorrow	\N	2026-01-01 00:05:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
485	6	38	Naïve coffee coffee	\N	2026-01-01 00:05:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
486	45	26	🎉	\N	2026-01-01 00:05:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
487	57	6	@user0000010 Спасибо hello can meeting ありがとう café demo 👍 test ok ready ticket the coffee	\N	2026-01-01 00:05:03+00	\N	\N	\N	\N	\N	\N	\N	{10}	\N	f
488	57	6	Green ticket danke	\N	2026-01-01 00:05:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
489	63	7	Hello	\N	2026-01-01 00:05:04+00	\N	458	7	Can the ありがとう please release meeting 🎉 straße you coffee спасибо ticket	\N	\N	\N	{}	\N	f
490	53	1	You ok	\N	2026-01-01 00:05:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
491	57	10	Release slides 🎉 ok you спасибо coffee bug release	\N	2026-01-01 00:05:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
492	11	19	Спасибо coffee	\N	2026-01-01 00:05:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
493	8	1	Lunch спасибо meeting café 🎉 done straße lunch	\N	2026-01-01 00:05:06+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
494	71	9	Спасибо straße slides merci again ticket you can bug	\N	2026-01-01 00:05:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
495	58	35	Is release is deploy tomorrow done bug naïve demo is café tomorrow	\N	2026-01-01 00:05:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
496	74	24	Please demo demo	\N	2026-01-01 00:05:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
497	70	37	Gracias merci build review can meeting tomorrow meeting done test naïve hello again	\N	2026-01-01 00:05:08+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [40]], ["👍", [37]]]	f
498	8	19	Review спасибо again review you you tomorrow ok	\N	2026-01-01 00:05:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
499	61	38	Demo green	\N	2026-01-01 00:05:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
500	11	19	Friday tomorrow	\N	2026-01-01 00:05:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
501	57	6	Straße review bug café	\N	2026-01-01 00:05:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
502	13	30	@user0000027 Danke review check 🎉	\N	2026-01-01 00:05:10.5+00	\N	\N	\N	\N	\N	\N	\N	{27}	\N	f
503	19	1	Gracias green build 👍 later gracias this again bug café check ok again tomorrow	\N	2026-01-01 00:05:11+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [1, 6]]]	f
504	66	28	You friday this ticket release ticket danke ok hello hello demo ticket demo merci the lunch green	\N	2026-01-01 00:05:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
505	57	10	Friday release спасибо the спасибо résumé this café 🎉	\N	2026-01-01 00:05:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
506	31	16	Check meeting	\N	2026-01-01 00:05:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
507	76	1	Ok	\N	2026-01-01 00:05:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
508	1	15	Deploy 👍	\N	2026-01-01 00:05:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
509	45	26	This please	\N	2026-01-01 00:05:14+00	\N	486	26	🎉	\N	\N	\N	{}	\N	f
510	57	10	This tomorrow later gracias is demo ready the review release slides friday please review again 👍	\N	2026-01-01 00:05:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
511	57	10	Naïve 🎉 check is done 🎉 review ありがとう this test later	\N	2026-01-01 00:05:15+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [10]], ["🙏", [6]]]	f
512	67	1	@user0000001 Hello sure naïve coffee	\N	2026-01-01 00:05:15.5+00	\N	\N	\N	\N	\N	\N	\N	{1}	\N	f
513	27	40	Friday gracias is build check sure lunch gracias coffee спасибо straße check gracias test спасибо lunch	\N	2026-01-01 00:05:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
514	80	29	Спасибо release	\N	2026-01-01 00:05:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
515	46	5	Straße the you 🎉 the ticket lunch ありがとう straße	\N	2026-01-01 00:05:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
516	15	1	Build 🎉 build спасибо the naïve tomorrow test danke again merci naïve gracias please hello sure lunch	\N	2026-01-01 00:05:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
517	8	19	Hello gracias done hello café 🎉	\N	2026-01-01 00:05:18+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [1]]]	f
518	13	37	Lunch meeting this build is	\N	2026-01-01 00:05:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
519	57	10	Check is straße ready the ready deploy ありがとう gracias	\N	2026-01-01 00:05:19+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [10]]]	f
520	30	30	Sure this slides green build straße deploy slides спасибо coffee done friday résumé hello	\N	2026-01-01 00:05:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
521	42	11	Danke green can	\N	2026-01-01 00:05:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
522	69	5	Hello café review please lunch coffee test	\N	2026-01-01 00:05:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
523	43	36	Meeting you please friday the bug test ありがとう please bug again ありがとう ticket coffee lunch résumé can again	\N	2026-01-01 00:05:21+00	\N	323	28	Deploy ok gracias the bug deploy ready this can build ready ok later	\N	\N	\N	{}	\N	f
524	50	22	Review review test straße naïve please	\N	2026-01-01 00:05:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
525	45	26	Bug	\N	2026-01-01 00:05:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
526	66	6	Tomorrow you release sure 👍 meeting	\N	2026-01-01 00:05:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
527	62	30	Danke 🎉 review ticket demo green the 👍 ticket slides 👍 test 👍 tomorrow ready can straße	\N	2026-01-01 00:05:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
529	57	6	Résumé gracias 🎉 bug résumé bug	\N	2026-01-01 00:05:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
530	11	2	Friday lunch build tomorrow спасибо gracias you build résumé coffee review café	\N	2026-01-01 00:05:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
531	66	32	Bug meeting review ありがとう ready bug later build café спасибо	\N	2026-01-01 00:05:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
532	36	27	Résumé slides you demo you the build release danke coffee straße lunch ありがとう coffee	\N	2026-01-01 00:05:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [35]]]	f
533	57	6	Friday danke ticket again release please later sure	\N	2026-01-01 00:05:26+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [6]], ["👀", [10]]]	f
534	14	24	Release	\N	2026-01-01 00:05:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
535	48	2	Lunch this straße test build coffee again the	\N	2026-01-01 00:05:27+00	\N	452	2	Done naïve sure is lunch 🎉 this green done please naïve sure green	\N	\N	\N	{}	\N	f
536	66	32	Friday can ok 👍 friday merci deploy спасибо slides demo friday ticket check	\N	2026-01-01 00:05:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [32]]]	f
537	75	17	Sure naïve naïve check done bug lunch this bug meeting the the naïve this green 👍 deploy is	\N	2026-01-01 00:05:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
538	57	10	Is merci green you 🎉 tomorrow green release ready again hello demo deploy hello the meeting demo deploy	\N	2026-01-01 00:05:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [6]], ["🙏", [10]]]	f
539	20	40	Lunch gracias review hello test this résumé check deploy please naïve build ready friday demo	\N	2026-01-01 00:05:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
540	70	40	Slides danke build ready bug build	\N	2026-01-01 00:05:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [40]], ["👀", [37]]]	f
541	11	2	Gracias sure 👍 café gracias sure danke gracias deploy	\N	2026-01-01 00:05:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
542	57	6	Demo please ready done check hello merci demo the sure спасибо green is bug review done	\N	2026-01-01 00:05:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
543	57	6	Lunch later ありがとう 👍 slides review ready release ticket test test can	\N	2026-01-01 00:05:31+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [10]]]	f
544	22	7	ありがとう can is meeting coffee check release 🎉 ありがとう merci build ok résumé coffee	\N	2026-01-01 00:05:31.5+00	\N	459	7	Deploy naïve deploy lunch friday again friday green this done 👍 hello résumé merci coffee release	\N	\N	\N	{}	\N	f
545	10	16	Done 🎉 sure review coffee deploy 👍 release deploy bug green slides test gracias review friday slides can	\N	2026-01-01 00:05:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
546	57	6	Ticket résumé 🎉 спасибо lunch later deploy the tomorrow ticket hello later 👍 lunch later you	\N	2026-01-01 00:05:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
547	79	39	Demo спасибо hello release slides demo 🎉 you	\N	2026-01-01 00:05:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
548	53	1	Meeting please again 👍 check 🎉 meeting café review ready slides please	\N	2026-01-01 00:05:33.5+00	\N	490	1	You ok	\N	\N	\N	{}	\N	f
549	57	10	Test straße bug you this deploy 🎉 the green ticket meeting	\N	2026-01-01 00:05:34+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [6]], ["👀", [10]]]	f
550	17	25	Résumé this naïve sure meeting straße ready coffee straße спасибо done straße demo deploy bug	\N	2026-01-01 00:05:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
551	20	40	👍 sure lunch danke résumé coffee	\N	2026-01-01 00:05:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
552	78	9	Please 🎉 ok hello hello green straße	\N	2026-01-01 00:05:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [36]], ["😂", [9]]]	f
553	47	17	Check check résumé naïve bug you again	\N	2026-01-01 00:05:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
554	74	16	Straße done release ok ありがとう lunch please	\N	2026-01-01 00:05:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
555	57	10	Deploy done this friday meeting lunch done naïve this café straße slides	\N	2026-01-01 00:05:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
556	23	25	Tomorrow ready friday naïve sure bug this gracias the review you ありがとう is later friday	\N	2026-01-01 00:05:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
557	12	25	Danke спасибо naïve slides résumé done gracias you 👍 is later demo	\N	2026-01-01 00:05:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
558	53	27	Done you ticket	\N	2026-01-01 00:05:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [1]], ["🎉", [27]]]	f
559	57	10	Release please is danke ready lunch tomorrow slides release coffee can coffee gracias ありがとう green	\N	2026-01-01 00:05:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
560	32	35	🎉 review again danke this	\N	2026-01-01 00:05:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [35]]]	f
561	27	11	Again	\N	2026-01-01 00:05:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
562	14	20	Спасибо ready ありがとう coffee naïve café hello ありがとう	\N	2026-01-01 00:05:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
563	68	31	You	\N	2026-01-01 00:05:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
564	57	10	Gracias meeting check release build ありがとう lunch is can slides résumé friday	\N	2026-01-01 00:05:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [6]], ["👀", [10]]]	f
565	18	8	Danke is slides hello again 🎉 is bug ありがとう please later sure ok	\N	2026-01-01 00:05:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
566	15	3	ありがとう bug test slides bug again test release you can naïve straße ありがとう done 🎉 this this	\N	2026-01-01 00:05:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
567	7	31	Résumé	\N	2026-01-01 00:05:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
568	25	27	Ready test release friday slides check coffee release résumé gracias build later merci lunch спасибо	\N	2026-01-01 00:05:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
569	31	16	Lunch again coffee danke again green straße	\N	2026-01-01 00:05:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
570	20	30	Release again coffee slides ok slides check check bug merci done straße slides done the	\N	2026-01-01 00:05:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [30, 40]]]	f
571	57	6	Please done ready 👍 slides résumé sure résumé please is test hello lunch ok résumé please release this	\N	2026-01-01 00:05:45+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [6]]]	f
572	26	3	Release this спасибо naïve résumé the again ticket done ok again can	\N	2026-01-01 00:05:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
573	13	21	Bug merci спасибо ありがとう straße	\N	2026-01-01 00:05:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
574	45	26	Merci test hello résumé ありがとう ありがとう ok gracias ticket review done спасибо review merci hello merci build	\N	2026-01-01 00:05:46.5+00	\N	525	26	Bug	\N	\N	\N	{}	[["🎉", [11]], ["🙏", [26]]]	f
575	57	6	Gracias ありがとう test sure merci straße deploy can release later green ticket build tomorrow can meeting	\N	2026-01-01 00:05:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
576	45	26	Later coffee demo demo slides ready release test naïve can 🎉 demo ready you test ありがとう review	\N	2026-01-01 00:05:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
577	15	3	Is straße sure can tomorrow danke café	\N	2026-01-01 00:05:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
578	22	7	Bug this 🎉 release	\N	2026-01-01 00:05:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
579	10	16	Café naïve danke done bug slides the ticket the tomorrow release review ticket 🎉 can demo	\N	2026-01-01 00:05:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
580	34	39	Friday danke straße meeting ok again	\N	2026-01-01 00:05:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
581	74	24	🎉 the ready later ok	\N	2026-01-01 00:05:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
582	23	25	Can test ありがとう deploy sure tomorrow friday ok lunch lunch café	\N	2026-01-01 00:05:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
583	45	26	Test build merci tomorrow please bug lunch slides tomorrow can	\N	2026-01-01 00:05:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
584	76	8	Demo demo release again release later this sure straße danke again this	\N	2026-01-01 00:05:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
585	32	36	Build ticket please café again ありがとう	\N	2026-01-01 00:05:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
586	58	10	Bug спасибо can 👍 green meeting done review	\N	2026-01-01 00:05:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
587	15	3	Hello can done done green friday check café naïve meeting ready build meeting	\N	2026-01-01 00:05:53+00	\N	577	3	Is straße sure can tomorrow danke café	\N	\N	\N	{}	\N	f
588	8	19	Release danke 🎉 review merci straße again friday merci straße sure friday please coffee this later	\N	2026-01-01 00:05:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
589	56	15	Is this lunch tomorrow hello ありがとう ありがとう résumé meeting the straße lunch again	\N	2026-01-01 00:05:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
590	24	10	Merci café is ありがとう again bug later merci check résumé ok résumé 🎉 merci deploy	\N	2026-01-01 00:05:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
591	44	28	Again can done can 🎉 gracias naïve deploy tomorrow спасибо review can deploy coffee slides	\N	2026-01-01 00:05:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
592	63	15	Release build can review merci meeting 👍 ticket	\N	2026-01-01 00:05:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
593	63	15	Спасибо release done green done hello merci coffee merci naïve ready 👍 please danke	\N	2026-01-01 00:05:56+00	\N	592	15	Release build can review merci meeting 👍 ticket	\N	\N	\N	{}	\N	f
594	62	30	Bug danke coffee friday 🎉 you 🎉 straße slides the gracias review danke café ticket deploy hello	\N	2026-01-01 00:05:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
595	38	31	Done green naïve demo is friday slides the gracias	\N	2026-01-01 00:05:57+00	\N	419	11	Slides bug build this done meeting danke 🎉 please build danke	\N	\N	\N	{}	\N	f
596	57	10	Ticket meeting coffee build please can build meeting check slides you can green	\N	2026-01-01 00:05:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
597	67	1	The спасибо please lunch review deploy slides спасибо check green build friday coffee deploy danke straße	\N	2026-01-01 00:05:58+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [1]]]	f
598	57	10	Later coffee ok café the gracias deploy merci straße résumé hello	\N	2026-01-01 00:05:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [10]]]	f
599	45	11	Tomorrow danke demo is	\N	2026-01-01 00:05:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
600	11	11	ありがとう coffee	\N	2026-01-01 00:05:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
601	33	35	Review release you bug green naïve straße the ありがとう	\N	2026-01-01 00:06:00+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [18]], ["👍", [35]]]	f
602	44	28	Café naïve	\N	2026-01-01 00:06:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
603	35	1	Slides 👍 check tomorrow gracias review this danke test deploy hello ok 👍 review hello green	\N	2026-01-01 00:06:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
604	74	16	The coffee review bug demo спасибо you deploy build	\N	2026-01-01 00:06:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
605	57	6	Résumé release	\N	2026-01-01 00:06:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
606	8	19	Test coffee	\N	2026-01-01 00:06:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
607	57	10	Deploy demo sure café release résumé café danke friday ready 👍 café 👍 ありがとう bug demo straße	\N	2026-01-01 00:06:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
608	57	10	Straße sure coffee danke lunch please	\N	2026-01-01 00:06:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [6]]]	f
609	53	27	Tomorrow résumé this résumé check lunch demo check résumé 🎉	\N	2026-01-01 00:06:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
610	57	6	Lunch check gracias friday ok straße done check tomorrow	\N	2026-01-01 00:06:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
611	56	36	Résumé спасибо coffee gracias demo	\N	2026-01-01 00:06:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
612	57	6	@user0000006 Meeting demo 👍 ok slides slides gracias build gracias lunch	\N	2026-01-01 00:06:05.5+00	\N	\N	\N	\N	\N	\N	\N	{6}	\N	f
613	38	11	Meeting again test please build slides deploy green gracias deploy ok straße lunch gracias later green	\N	2026-01-01 00:06:06+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [11]]]	f
614	21	13	Meeting danke demo résumé	\N	2026-01-01 00:06:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
615	61	38	Deploy done test later test demo coffee ready please	\N	2026-01-01 00:06:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
616	8	1	Build build done deploy danke ticket review tomorrow build 👍 meeting test résumé green	\N	2026-01-01 00:06:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
617	45	11	Résumé merci meeting sure friday	\N	2026-01-01 00:06:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
618	18	16	Straße is café friday résumé ok build sure build 🎉 please is this 🎉	\N	2026-01-01 00:06:08.5+00	\N	565	8	Danke is slides hello again 🎉 is bug ありがとう please later sure ok	\N	\N	\N	{}	\N	f
619	20	30	Slides please check test danke	\N	2026-01-01 00:06:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
620	20	40	Merci build test demo coffee review gracias friday naïve	\N	2026-01-01 00:06:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
621	5	21	Meeting résumé naïve build the résumé later check slides green review danke merci	\N	2026-01-01 00:06:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
717	73	40	Can	\N	2026-01-01 00:06:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
622	20	40	Ok sure 🎉 you 👍 ok	\N	2026-01-01 00:06:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
623	8	1	Can hello gracias naïve review résumé build naïve you café coffee 🎉 release	\N	2026-01-01 00:06:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
624	22	29	Ok friday slides build release ok you résumé straße green ready lunch gracias danke danke bug release	\N	2026-01-01 00:06:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [7]], ["🙏", [29]]]	f
625	10	25	Can café résumé friday please release	\N	2026-01-01 00:06:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
626	28	38	Gracias build please café test tomorrow meeting review gracias later green 🎉 naïve again please ready merci later	\N	2026-01-01 00:06:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
627	69	29	Ok ticket danke later ok tomorrow	\N	2026-01-01 00:06:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
628	12	4	Later 🎉 is again	\N	2026-01-01 00:06:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
629	20	30	👍 please please slides merci	\N	2026-01-01 00:06:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
630	38	31	Danke ready 🎉 ありがとう	\N	2026-01-01 00:06:14.5+00	\N	613	11	Meeting again test please build slides deploy green gracias deploy ok straße lunch gracias later green	\N	\N	\N	{}	\N	f
631	12	14	Coffee lunch résumé 🎉 this green ありがとう check résumé check check	\N	2026-01-01 00:06:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
632	63	15	Can ok résumé done ready café	\N	2026-01-01 00:06:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
633	76	8	🎉 ありがとう green 🎉	\N	2026-01-01 00:06:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
634	1	34	Ready test café you you café	\N	2026-01-01 00:06:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
635	30	24	Naïve can straße can спасибо спасибо this you you this meeting this 👍 lunch meeting	\N	2026-01-01 00:06:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
636	57	6	Ready slides naïve later meeting release build naïve tomorrow coffee naïve test	\N	2026-01-01 00:06:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
637	49	27	Merci the meeting tomorrow ok danke ありがとう danke test demo coffee 👍	\N	2026-01-01 00:06:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
638	57	6	Release ticket café again	\N	2026-01-01 00:06:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
639	57	6	Friday café slides is again 👍 sure again gracias ticket	\N	2026-01-01 00:06:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
640	11	1	Bug	\N	2026-01-01 00:06:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
641	57	10	Café can café danke test done	\N	2026-01-01 00:06:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
642	38	31	Sure meeting 🎉 can hello спасибо naïve slides coffee ticket build lunch release please ありがとう friday	\N	2026-01-01 00:06:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
643	78	19	Ready slides done check coffee please again test straße build release review tomorrow danke you again done again	\N	2026-01-01 00:06:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
644	57	10	Release café is green ok hello can résumé tomorrow 🎉 спасибо deploy release café	\N	2026-01-01 00:06:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [10]], ["🙏", [6]]]	f
645	8	19	Danke спасибо naïve slides résumé done gracias you 👍 is later demo	\N	2026-01-01 00:06:22+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [1]], ["🙏", [19]]]	f
646	67	1	Ready café tomorrow test demo lunch ticket naïve gracias later slides résumé ok the	\N	2026-01-01 00:06:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
647	16	9	Résumé meeting merci gracias bug ticket ありがとう check check can merci straße sure	\N	2026-01-01 00:06:23+00	\N	316	9	Lunch release demo release résumé café again this merci ok lunch merci	\N	\N	\N	{}	\N	f
648	17	24	Again again deploy again 👍 deploy gracias 👍 can is friday check naïve straße coffee	\N	2026-01-01 00:06:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
649	57	6	👍 later tomorrow bug is sure tomorrow meeting gracias green is danke	\N	2026-01-01 00:06:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
650	44	28	Is green test friday release again you test ありがとう the 🎉 sure please	\N	2026-01-01 00:06:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
651	31	11	Review lunch slides the meeting again release straße tomorrow	\N	2026-01-01 00:06:25+00	\N	569	16	Lunch again coffee danke again green straße	\N	\N	\N	{}	\N	f
652	67	1	Ticket coffee naïve	\N	2026-01-01 00:06:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
653	57	10	Later green again tomorrow demo slides hello build 👍 merci review green	\N	2026-01-01 00:06:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
654	25	17	Bug release done	\N	2026-01-01 00:06:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
655	17	24	Meeting check test bug check bug green	\N	2026-01-01 00:06:27+00	\N	648	24	Again again deploy again 👍 deploy gracias 👍 can is friday check naïve straße coffee	\N	\N	\N	{}	\N	f
656	57	6	Deploy review hello this again please again is спасибо	\N	2026-01-01 00:06:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
657	25	34	Bug meeting review ありがとう ready bug later build café спасибо	\N	2026-01-01 00:06:28+00	\N	654	17	Bug release done	\N	\N	\N	{}	\N	f
658	16	26	Please danke meeting green coffee gracias ticket again	\N	2026-01-01 00:06:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
659	15	3	Test	\N	2026-01-01 00:06:29+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [1]]]	f
660	30	21	The lunch ありがとう meeting release bug café straße merci you ticket meeting again done friday	\N	2026-01-01 00:06:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [21, 24, 35]]]	f
661	57	10	Naïve later tomorrow the can ok lunch slides gracias again deploy café you	\N	2026-01-01 00:06:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
662	13	5	Hello friday	\N	2026-01-01 00:06:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
663	1	38	Friday tomorrow ありがとう bug this demo green ready build the	\N	2026-01-01 00:06:31+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [15, 34]], ["🎉", [37]]]	f
664	33	35	Спасибо спасибо again ありがとう bug again lunch the this tomorrow ありがとう	\N	2026-01-01 00:06:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [35]], ["🙏", [18]]]	f
665	21	19	Green ticket спасибо merci	\N	2026-01-01 00:06:32+00	\N	614	13	Meeting danke demo résumé	\N	\N	\N	{}	\N	f
666	21	10	Café you check	\N	2026-01-01 00:06:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
667	34	4	Спасибо later done friday build lunch meeting bug deploy meeting done green again ありがとう can this ありがとう sure	\N	2026-01-01 00:06:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
668	40	1	Demo straße lunch merci build ありがとう sure lunch tomorrow	\N	2026-01-01 00:06:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
669	24	8	Build green ticket this bug later 🎉 review meeting	\N	2026-01-01 00:06:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
670	10	25	Hello 🎉 meeting hello this build build tomorrow friday ok 👍 résumé test merci bug tomorrow	\N	2026-01-01 00:06:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25]], ["👀", [16]], ["🙏", [34]]]	f
671	57	10	Can done the review	\N	2026-01-01 00:06:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
672	39	4	Build tomorrow café coffee demo	\N	2026-01-01 00:06:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
673	57	10	Friday sure ありがとう review the friday lunch hello ready again slides gracias	\N	2026-01-01 00:06:36+00	\N	671	10	Can done the review	\N	\N	\N	{}	[["😂", [6]]]	f
674	24	8	Green release deploy please	\N	2026-01-01 00:06:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [10]], ["😂", [8]]]	f
675	57	10	Lunch résumé merci naïve gracias hello	\N	2026-01-01 00:06:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
676	73	33	Done ありがとう meeting demo demo ok	\N	2026-01-01 00:06:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
677	38	31	Ready merci straße deploy test this danke naïve tomorrow lunch friday demo later green please ready can	\N	2026-01-01 00:06:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
678	78	8	Ok friday green green later hello	\N	2026-01-01 00:06:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
679	45	26	You friday can again this café again	\N	2026-01-01 00:06:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
680	21	2	Green straße merci meeting the bug спасибо green later is tomorrow résumé	\N	2026-01-01 00:06:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
681	14	20	Ticket later this danke review straße ticket	\N	2026-01-01 00:06:40+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [20]], ["👍", [24]]]	f
682	8	1	Danke naïve gracias ok you test the straße can résumé résumé bug tomorrow	\N	2026-01-01 00:06:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
683	4	33	Naïve coffee again sure later release naïve can sure sure straße done build is you gracias demo	\N	2026-01-01 00:06:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
684	76	1	Slides naïve danke slides	\N	2026-01-01 00:06:41.5+00	\N	633	8	🎉 ありがとう green 🎉	\N	\N	\N	{}	[["🎉", [8]], ["👍", [1]]]	f
685	45	11	Done later later you build later done review friday friday test straße	\N	2026-01-01 00:06:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
686	38	31	Coffee hello 👍 naïve lunch bug danke merci later the can meeting the sure	\N	2026-01-01 00:06:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
687	38	11	Can gracias straße ありがとう build résumé meeting build again green done 👍 🎉 hello ready straße later build	\N	2026-01-01 00:06:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
688	57	6	Hello coffee ready hello done coffee merci naïve again merci coffee the	\N	2026-01-01 00:06:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
689	57	6	Résumé again 🎉 demo café straße coffee check meeting is build merci release release friday	\N	2026-01-01 00:06:44+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [10]]]	f
690	80	29	Résumé slides this release meeting résumé danke build again ready lunch build build meeting deploy tomorrow	\N	2026-01-01 00:06:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
691	8	1	Test release ready спасибо bug ありがとう can build sure demo green lunch	\N	2026-01-01 00:06:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
692	31	16	Is later build release the bug release green naïve again	\N	2026-01-01 00:06:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
693	76	1	The demo спасибо green later later café lunch coffee please ok	\N	2026-01-01 00:06:46+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [1]]]	f
694	26	20	This release this résumé straße 🎉 ready later 👍 naïve this lunch sure bug	\N	2026-01-01 00:06:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
695	13	10	Gracias gracias	\N	2026-01-01 00:06:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
696	45	26	Спасибо ready ありがとう coffee naïve café hello ありがとう	\N	2026-01-01 00:06:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
697	57	10	The gracias résumé bug résumé please	\N	2026-01-01 00:06:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
698	18	16	Hello	\N	2026-01-01 00:06:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
699	1	38	Demo résumé demo is lunch slides	\N	2026-01-01 00:06:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
700	57	10	Tomorrow test hello check coffee ready danke slides merci ok meeting hello naïve slides lunch	\N	2026-01-01 00:06:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
701	22	29	Again sure later lunch can coffee danke bug slides résumé straße hello	\N	2026-01-01 00:06:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
702	39	31	Later ticket deploy done deploy friday check test this ready	\N	2026-01-01 00:06:50.5+00	\N	672	4	Build tomorrow café coffee demo	\N	\N	\N	{}	\N	f
703	27	11	Lunch this straße test build coffee again the	\N	2026-01-01 00:06:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
704	55	12	Tomorrow café later review green done is ok bug build hello the 👍 is café	\N	2026-01-01 00:06:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [40]]]	f
705	2	31	Done merci ありがとう merci the the спасибо ready sure straße café meeting is later coffee 🎉	\N	2026-01-01 00:06:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
706	20	40	Straße is please done ありがとう release café ありがとう	\N	2026-01-01 00:06:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
707	80	29	Straße please ありがとう	\N	2026-01-01 00:06:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
708	57	10	Sure naïve naïve check done bug lunch this bug meeting the the naïve this green 👍 deploy is	\N	2026-01-01 00:06:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
709	70	37	Please	\N	2026-01-01 00:06:54+00	\N	540	40	Slides danke build ready bug build	\N	\N	\N	{}	\N	f
710	57	10	Спасибо review merci tomorrow slides résumé ticket build demo release later demo	\N	2026-01-01 00:06:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
711	57	6	Release 🎉 ticket hello café coffee test done please спасибо 🎉 please café bug 👍 ok	\N	2026-01-01 00:06:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
712	56	36	Review coffee 🎉 is demo meeting test meeting again bug bug lunch tomorrow ticket	\N	2026-01-01 00:06:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [36]]]	f
713	6	18	The please gracias green slides café please can the	\N	2026-01-01 00:06:56+00	\N	485	38	Naïve coffee coffee	\N	\N	\N	{}	\N	f
714	62	33	Please deploy café you bug test спасибо green green again slides this friday ありがとう спасибо deploy	\N	2026-01-01 00:06:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
715	57	6	ありがとう review test danke bug review demo sure	\N	2026-01-01 00:06:57+00	\N	711	6	Release 🎉 ticket hello café coffee test done please спасибо 🎉 please café bug 👍 ok	\N	\N	\N	{}	\N	f
716	77	3	Lunch naïve you please	\N	2026-01-01 00:06:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [3]]]	f
718	45	26	Résumé friday please danke 🎉 friday review sure merci спасибо hello demo slides build	\N	2026-01-01 00:06:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
719	44	28	ありがとう slides the merci release slides danke review green ticket ticket please done merci	\N	2026-01-01 00:06:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
720	13	25	Ticket can please friday green	\N	2026-01-01 00:06:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [34]]]	f
721	62	30	Ready can 👍 later hello meeting later straße review this	\N	2026-01-01 00:07:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
722	53	1	Again this again 🎉 ありがとう release ready 👍 ok check please	\N	2026-01-01 00:07:00.5+00	\N	609	27	Tomorrow résumé this résumé check lunch demo check résumé 🎉	\N	\N	\N	{}	\N	f
723	34	15	Friday résumé	\N	2026-01-01 00:07:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
724	14	24	Demo hello	\N	2026-01-01 00:07:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
725	14	24	You please green résumé green	\N	2026-01-01 00:07:02+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [24]]]	f
726	27	7	Straße tomorrow green sure café sure coffee résumé café test merci release release bug done	\N	2026-01-01 00:07:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
727	48	2	Green merci 👍 check sure release coffee later hello bug gracias green check you	\N	2026-01-01 00:07:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
728	8	1	Lunch lunch gracias deploy 👍 coffee coffee can hello	\N	2026-01-01 00:07:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
729	57	10	Green bug straße ready the the can ready the slides	\N	2026-01-01 00:07:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
730	57	6	👍 please later you	\N	2026-01-01 00:07:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
731	27	7	Check slides the friday test again sure ticket can meeting coffee demo review is straße check	\N	2026-01-01 00:07:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
732	22	7	Gracias ok gracias ticket danke gracias lunch meeting test ready review meeting café check ticket this tomorrow	\N	2026-01-01 00:07:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
733	23	25	Release coffee check 🎉 naïve deploy can this later again again can ありがとう again review	\N	2026-01-01 00:07:06+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
734	49	27	Résumé friday ok straße ok ok merci you hello danke	\N	2026-01-01 00:07:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
735	38	11	Ready ticket café danke release deploy friday ありがとう	\N	2026-01-01 00:07:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
736	17	24	ありがとう спасибо	\N	2026-01-01 00:07:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
737	6	38	Ready test ok résumé again ok is slides you спасибо release can test deploy	\N	2026-01-01 00:07:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
738	57	6	Friday build tomorrow lunch résumé	\N	2026-01-01 00:07:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
739	57	10	Café release ticket	\N	2026-01-01 00:07:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
740	18	2	Ok this bug спасибо ticket gracias	\N	2026-01-01 00:07:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
741	27	7	Lunch you ticket done	\N	2026-01-01 00:07:10+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [11]], ["👀", [2]]]	f
742	13	34	Ready deploy friday 🎉	\N	2026-01-01 00:07:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
743	57	10	Merci this спасибо ありがとう	\N	2026-01-01 00:07:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
744	51	8	Can build check lunch green lunch	\N	2026-01-01 00:07:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
745	57	6	The slides café slides café can meeting test again danke demo	\N	2026-01-01 00:07:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
746	36	27	Lunch later ありがとう 👍 slides review ready release ticket test test can	\N	2026-01-01 00:07:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [27]], ["👀", [35]]]	f
747	48	2	Ok this bug спасибо ticket gracias	\N	2026-01-01 00:07:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
748	57	10	Again test the done	\N	2026-01-01 00:07:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
749	13	1	Meeting build ready café later friday please ok this résumé résumé bug straße meeting is again	\N	2026-01-01 00:07:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
750	24	8	Sure merci slides release hello résumé merci спасибо straße can again straße review	\N	2026-01-01 00:07:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
751	34	4	Tomorrow friday again test friday you green bug green demo please gracias naïve coffee later green	\N	2026-01-01 00:07:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
752	62	33	Test résumé café gracias coffee gracias ticket gracias 👍 build	\N	2026-01-01 00:07:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
753	57	10	Again lunch hello café tomorrow friday straße this hello later merci test tomorrow coffee again build green	\N	2026-01-01 00:07:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
754	74	24	Build danke the ticket review deploy 🎉 tomorrow danke test the deploy café deploy résumé	\N	2026-01-01 00:07:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
755	57	10	Bug merci danke release merci straße спасибо build this 👍 🎉 can meeting	\N	2026-01-01 00:07:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
756	56	15	@user0000036 Green green review спасибо meeting done	\N	2026-01-01 00:07:17.5+00	\N	712	36	Review coffee 🎉 is demo meeting test meeting again bug bug lunch tomorrow ticket	\N	\N	\N	{36}	[["🎉", [36]], ["👀", [17]], ["😂", [38]]]	f
757	57	10	Résumé you résumé danke demo meeting slides build coffee straße 👍 build ありがとう demo release done	\N	2026-01-01 00:07:18+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [10]], ["👍", [6]]]	f
758	67	1	Build 👍 ok danke ready naïve gracias demo straße bug ticket check	\N	2026-01-01 00:07:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
759	17	25	Green check the slides test ready straße lunch danke done slides release gracias merci	\N	2026-01-01 00:07:19+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25]], ["🙏", [24]]]	f
760	57	6	@user0000006 Gracias you 🎉 deploy tomorrow ticket 🎉 can ok demo please check 🎉 café lunch 👍	\N	2026-01-01 00:07:19.5+00	\N	\N	\N	\N	\N	\N	\N	{6}	\N	f
761	48	2	Gracias ありがとう coffee the ありがとう is you bug спасибо please you	\N	2026-01-01 00:07:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
762	20	40	Release sure test deploy merci check later	\N	2026-01-01 00:07:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
763	8	1	Tomorrow 👍 review merci this ticket green again ready slides café	\N	2026-01-01 00:07:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
764	51	31	Release bug meeting tomorrow review	\N	2026-01-01 00:07:21.5+00	\N	744	8	Can build check lunch green lunch	\N	\N	\N	{}	\N	f
765	24	8	Can ok done café test green review danke	\N	2026-01-01 00:07:22+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [8]]]	f
766	57	10	Hello ticket naïve ありがとう 🎉 is green спасибо ticket deploy ok please	\N	2026-01-01 00:07:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [6]]]	f
767	57	6	Hello 👍 release ready tomorrow release	\N	2026-01-01 00:07:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
768	45	11	Hello the hello ready sure deploy danke hello	\N	2026-01-01 00:07:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
769	28	38	Demo danke coffee sure	\N	2026-01-01 00:07:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
770	72	22	ありがとう	\N	2026-01-01 00:07:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
771	8	1	Demo build	\N	2026-01-01 00:07:25+00	\N	763	1	Tomorrow 👍 review merci this ticket green again ready slides café	\N	\N	\N	{}	\N	f
772	16	26	Danke test this ready straße danke ok naïve you straße	\N	2026-01-01 00:07:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
773	50	15	Again done release again спасибо coffee gracias tomorrow naïve straße please café bug	\N	2026-01-01 00:07:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
774	57	6	Test friday later you can hello 👍 can lunch ticket build slides green danke	\N	2026-01-01 00:07:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
775	53	27	Build 🎉 release gracias bug bug straße ありがとう later sure check hello the review ready	\N	2026-01-01 00:07:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
776	78	9	Test later lunch tomorrow ok again deploy ありがとう friday sure naïve lunch is demo check later	\N	2026-01-01 00:07:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
777	3	2	Can ありがとう merci 🎉 can lunch ok 🎉 deploy check	\N	2026-01-01 00:07:28+00	\N	157	2	Done bug again is build coffee merci can danke build slides release the build	\N	\N	\N	{}	\N	f
778	34	4	Bug 🎉 straße ok straße check you ok ready lunch slides	\N	2026-01-01 00:07:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
779	36	27	Ok meeting	\N	2026-01-01 00:07:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
780	22	7	Sure 👍 straße ありがとう done ok demo résumé release test	\N	2026-01-01 00:07:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
781	67	14	Straße gracias friday coffee friday 👍 ready later again	\N	2026-01-01 00:07:30+00	\N	758	1	Build 👍 ok danke ready naïve gracias demo straße bug ticket check	\N	\N	\N	{}	[["👀", [14]], ["😂", [1]]]	f
782	57	10	Release slides 🎉 ok you спасибо coffee bug release	\N	2026-01-01 00:07:30.5+00	\N	774	6	Test friday later you can hello 👍 can lunch ticket build slides green danke	\N	\N	\N	{}	[["👍", [10]], ["🙏", [6]]]	f
783	6	18	Test ok release 🎉 slides спасибо later test 🎉 is hello bug meeting	\N	2026-01-01 00:07:31+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
784	23	2	Done review straße 👍 later check merci ready coffee is green deploy release ありがとう	\N	2026-01-01 00:07:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25]], ["🙏", [2]]]	f
785	57	6	Ready the demo bug	\N	2026-01-01 00:07:32+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [10]]]	f
786	20	40	You hello	\N	2026-01-01 00:07:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
787	54	11	Merci danke review ready coffee friday café is slides you you test 🎉 green build	\N	2026-01-01 00:07:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
788	57	10	Can gracias straße ありがとう build résumé meeting build again green done 👍 🎉 hello ready straße later build	\N	2026-01-01 00:07:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
789	55	31	Ticket slides café sure gracias ありがとう gracias check can tomorrow	\N	2026-01-01 00:07:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
790	8	1	Is спасибо meeting this naïve	\N	2026-01-01 00:07:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [19]], ["👀", [1]]]	f
791	57	10	Friday the	\N	2026-01-01 00:07:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
792	62	30	Bug coffee ready merci release 🎉 café ready review done спасибо please danke is	\N	2026-01-01 00:07:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
793	45	11	Ticket review the done ok please you review 👍 can done build check done build demo	\N	2026-01-01 00:07:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
794	8	1	Test 🎉 later straße slides	\N	2026-01-01 00:07:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [1]], ["🎉", [19]]]	f
795	64	2	You merci is café tomorrow deploy again build coffee	\N	2026-01-01 00:07:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
796	68	28	Naïve release can café is slides café ready release danke coffee sure	\N	2026-01-01 00:07:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
797	47	17	Test review gracias sure slides this friday coffee	\N	2026-01-01 00:07:38+00	\N	553	17	Check check résumé naïve bug you again	\N	\N	\N	{}	\N	f
798	6	38	Résumé	\N	2026-01-01 00:07:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
799	57	10	Ready gracias	\N	2026-01-01 00:07:39+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [6]]]	f
800	57	6	👍 straße demo lunch спасибо green coffee 👍 again sure	\N	2026-01-01 00:07:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [10]], ["👍", [6]]]	f
801	20	30	Check ticket straße demo please ありがとう slides 🎉	\N	2026-01-01 00:07:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
802	27	11	Release sure this tomorrow is 🎉 gracias straße coffee 🎉	\N	2026-01-01 00:07:40.5+00	\N	741	7	Lunch you ticket done	\N	\N	\N	{}	\N	f
803	57	10	This ok danke friday test sure ok bug again danke release deploy green	\N	2026-01-01 00:07:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
804	57	10	👍 danke bug sure friday can friday the ready ありがとう	\N	2026-01-01 00:07:41.5+00	\N	803	10	This ok danke friday test sure ok bug again danke release deploy green	\N	\N	\N	{}	\N	f
805	57	10	Is naïve ok meeting you straße спасибо naïve again	\N	2026-01-01 00:07:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
806	71	15	Ready later bug the you deploy naïve done again 🎉 again deploy naïve tomorrow café done спасибо	\N	2026-01-01 00:07:42.5+00	\N	494	9	Спасибо straße slides merci again ticket you can bug	\N	\N	\N	{}	\N	f
807	53	27	Naïve coffee again sure later release naïve can sure sure straße done build is you gracias demo	\N	2026-01-01 00:07:43+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [1, 27]]]	f
808	5	21	Is test résumé green friday review slides green 🎉 can meeting 🎉 merci 👍 danke	\N	2026-01-01 00:07:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [7]]]	f
809	74	16	Tomorrow ready friday naïve sure bug this gracias the review you ありがとう is later friday	\N	2026-01-01 00:07:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
810	58	10	ありがとう naïve green lunch can slides 👍	\N	2026-01-01 00:07:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [35]]]	f
811	67	14	Sure build please this bug release the sure ready slides test is ready the coffee café	\N	2026-01-01 00:07:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
812	63	15	Again friday 🎉 naïve this meeting sure ticket the bug спасибо coffee deploy demo check ok naïve	\N	2026-01-01 00:07:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
813	13	27	Test can résumé demo danke ありがとう hello the naïve ready later ticket demo is test sure again green	\N	2026-01-01 00:07:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
814	74	16	Release danke ありがとう again can bug tomorrow deploy test sure 👍 coffee can green ok résumé danke	\N	2026-01-01 00:07:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
815	57	6	@user0000006 Danke спасибо you the bug tomorrow test ok sure check résumé this 🎉 hello спасибо deploy release done	\N	2026-01-01 00:07:47+00	\N	\N	\N	\N	\N	\N	\N	{6}	\N	f
816	45	11	Lunch 👍 can this you review review ready done slides the friday meeting café green	\N	2026-01-01 00:07:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [26]], ["😂", [11]]]	f
817	45	11	Résumé slides later ticket build résumé straße friday hello	\N	2026-01-01 00:07:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
818	25	27	Deploy please review 🎉 bug спасибо sure meeting ready build deploy bug gracias ticket	\N	2026-01-01 00:07:48.5+00	\N	657	34	Bug meeting review ありがとう ready bug later build café спасибо	\N	\N	\N	{}	\N	f
819	12	30	Deploy review meeting build later straße build	\N	2026-01-01 00:07:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
820	59	23	Please lunch tomorrow the ticket ticket deploy ok hello 👍 ok sure the friday 🎉 demo is	\N	2026-01-01 00:07:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
821	57	6	Ok bug release check is tomorrow test bug	\N	2026-01-01 00:07:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
822	11	19	Résumé friday demo 👍 straße 👍 ticket is later the please this ok test ok ありがとう	\N	2026-01-01 00:07:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
823	62	30	Bug the demo done is green sure résumé review again deploy green naïve	\N	2026-01-01 00:07:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
824	68	31	Test ok release 🎉 slides спасибо later test 🎉 is hello bug meeting	\N	2026-01-01 00:07:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
825	57	6	Ticket friday can merci 👍 straße this ready ticket coffee please résumé ありがとう спасибо coffee deploy	\N	2026-01-01 00:07:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
826	30	24	Straße ready release test danke please спасибо demo review ticket review build	\N	2026-01-01 00:07:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
827	57	6	Test lunch done coffee slides later merci café review review coffee café release danke sure	\N	2026-01-01 00:07:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
828	57	6	Straße merci done this sure gracias ready you	\N	2026-01-01 00:07:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
829	67	1	@user0000014 Green bug danke green you	\N	2026-01-01 00:07:54+00	\N	\N	\N	\N	\N	\N	\N	{14}	\N	f
830	57	10	Check merci again ready résumé gracias please résumé ready review tomorrow café ありがとう hello lunch the can	\N	2026-01-01 00:07:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
831	57	10	Friday sure ありがとう lunch the ok	\N	2026-01-01 00:07:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
832	34	4	Lunch gracias please slides gracias ready you ticket	\N	2026-01-01 00:07:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
833	57	10	Naïve sure release hello hello bug demo later ticket 🎉 👍 can you спасибо danke	\N	2026-01-01 00:07:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
834	21	13	Ok friday slides build release ok you résumé straße green ready lunch gracias danke danke bug release	\N	2026-01-01 00:07:56.5+00	\N	680	2	Green straße merci meeting the bug спасибо green later is tomorrow résumé	\N	\N	\N	{}	\N	f
835	45	26	Gracias 🎉 tomorrow hello résumé 👍 slides test straße the is	\N	2026-01-01 00:07:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
836	15	3	Merci build please demo the 🎉 ready tomorrow build the sure friday ok straße спасибо hello	\N	2026-01-01 00:07:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [3]]]	f
837	45	11	Danke review ありがとう tomorrow review ready check 👍 again is ありがとう	\N	2026-01-01 00:07:58+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [26]], ["👀", [11]]]	f
838	59	13	Review green merci can please done спасибо is release demo demo straße review	\N	2026-01-01 00:07:58.5+00	\N	820	23	Please lunch tomorrow the ticket ticket deploy ok hello 👍 ok sure the friday 🎉 demo is	\N	\N	\N	{}	[["🙏", [23]]]	f
839	39	31	Meeting спасибо check ok ok you is straße спасибо	\N	2026-01-01 00:07:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
840	53	1	@user0000027 Friday gracias please the hello	\N	2026-01-01 00:07:59.5+00	\N	\N	\N	\N	\N	\N	\N	{27}	\N	f
841	57	6	Green straße merci meeting the bug спасибо green later is tomorrow résumé	\N	2026-01-01 00:08:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
842	38	11	Спасибо sure done slides lunch green straße ready hello can again naïve gracias ありがとう	\N	2026-01-01 00:08:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
843	78	27	Sure this slides green build straße deploy slides спасибо coffee done friday résumé hello	\N	2026-01-01 00:08:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
844	61	7	Спасибо please again lunch slides	\N	2026-01-01 00:08:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
845	57	6	Deploy slides test meeting gracias this meeting done 🎉 lunch ok the café check check deploy straße	\N	2026-01-01 00:08:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
846	38	11	Ready straße deploy	\N	2026-01-01 00:08:02.5+00	\N	842	11	Спасибо sure done slides lunch green straße ready hello can again naïve gracias ありがとう	\N	\N	\N	{}	\N	f
847	38	31	Naïve ticket demo the green meeting later 👍 friday build	\N	2026-01-01 00:08:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
848	10	25	Check gracias the	\N	2026-01-01 00:08:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
849	16	9	@user0000009 ありがとう deploy bug danke green the green deploy спасибо	\N	2026-01-01 00:08:04+00	\N	\N	\N	\N	\N	\N	\N	{9}	\N	f
850	70	40	Test	\N	2026-01-01 00:08:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
851	12	18	Review meeting 🎉 later green hello please ticket coffee ready	\N	2026-01-01 00:08:05+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [17]]]	f
852	22	7	Friday the ありがとう merci hello demo merci danke lunch ready green gracias the	\N	2026-01-01 00:08:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [7]], ["👀", [29]]]	f
853	16	26	Café lunch café sure naïve	\N	2026-01-01 00:08:06+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
854	12	22	Friday you straße 🎉 green lunch meeting danke hello	\N	2026-01-01 00:08:06.5+00	\N	851	18	Review meeting 🎉 later green hello please ticket coffee ready	\N	\N	\N	{}	\N	f
855	57	10	🎉 friday спасибо release friday	\N	2026-01-01 00:08:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
856	5	21	Friday you résumé straße friday again meeting lunch release ticket merci demo ticket ticket gracias	\N	2026-01-01 00:08:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
857	15	1	Ticket ありがとう lunch done slides lunch the please check again deploy friday	\N	2026-01-01 00:08:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
858	16	9	Please ready straße straße is deploy you ok coffee this you sure later	\N	2026-01-01 00:08:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
859	34	20	The 🎉 coffee check	\N	2026-01-01 00:08:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
860	41	39	Danke is the the 🎉 slides friday check 👍 lunch danke danke can ready green green	\N	2026-01-01 00:08:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
861	79	39	Résumé meeting merci gracias bug ticket ありがとう check check can merci straße sure	\N	2026-01-01 00:08:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
862	74	16	Review green can straße again gracias straße ok meeting deploy ready done	\N	2026-01-01 00:08:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
863	42	11	Please gracias gracias hello you ticket meeting build you friday coffee merci gracias	\N	2026-01-01 00:08:11+00	\N	521	11	Danke green can	\N	\N	\N	{}	\N	f
864	34	39	Test can the lunch straße ticket deploy friday ok naïve	\N	2026-01-01 00:08:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
865	2	31	Gracias спасибо ありがとう can ok ありがとう 👍 build friday meeting ticket again meeting you please green 🎉 спасибо	\N	2026-01-01 00:08:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
866	17	24	Résumé lunch release lunch	\N	2026-01-01 00:08:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
867	57	10	Straße ready is the ready please	\N	2026-01-01 00:08:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
868	57	10	Café check again meeting you	\N	2026-01-01 00:08:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
869	22	29	Later is спасибо is straße friday is slides later	\N	2026-01-01 00:08:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
870	16	26	Friday 🎉 merci tomorrow friday meeting ticket again tomorrow the lunch lunch	\N	2026-01-01 00:08:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [26]], ["😂", [9]]]	f
871	57	10	Bug gracias meeting check slides later résumé спасибо you 👍 спасибо is deploy ok ticket is demo can	\N	2026-01-01 00:08:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
872	27	11	Slides can sure café done can deploy release ok sure	\N	2026-01-01 00:08:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
873	69	5	Build build please meeting	\N	2026-01-01 00:08:16+00	\N	627	29	Ok ticket danke later ok tomorrow	\N	\N	\N	{}	\N	f
874	6	38	Review please ticket test the 👍 done slides review test tomorrow is please green done	\N	2026-01-01 00:08:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
875	44	22	Please lunch later résumé build	\N	2026-01-01 00:08:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
876	76	8	Hello review sure ticket green ready this friday release bug lunch check green merci café coffee sure gracias	\N	2026-01-01 00:08:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [1]], ["🙏", [8]]]	f
877	12	4	@user0000033 Naïve tomorrow ok you спасибо done slides résumé please friday	\N	2026-01-01 00:08:18+00	\N	\N	\N	\N	\N	\N	\N	{33}	\N	f
878	57	10	Ready	\N	2026-01-01 00:08:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
879	55	22	Ready please merci ready build please sure green release ticket you résumé bug again this build ありがとう done	\N	2026-01-01 00:08:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
880	57	6	Release coffee you is release 👍 👍 🎉 спасибо the gracias hello is green 👍	\N	2026-01-01 00:08:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
881	57	6	Can спасибо 🎉 bug slides slides release build slides demo friday can check 🎉 done café meeting	\N	2026-01-01 00:08:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
882	31	16	Naïve is straße done lunch 🎉 meeting 👍 friday the meeting	\N	2026-01-01 00:08:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
883	57	6	Deploy hello meeting the straße meeting gracias can hello hello review lunch	\N	2026-01-01 00:08:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
884	12	14	@user0000004 Demo спасибо later 🎉 the can green build gracias	\N	2026-01-01 00:08:21.5+00	\N	\N	\N	\N	\N	\N	\N	{4}	\N	f
885	50	32	Please	\N	2026-01-01 00:08:22+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [22]], ["👀", [32]], ["👍", [15]]]	f
886	45	11	The tomorrow lunch later café ok done review straße done later green sure check the the this	\N	2026-01-01 00:08:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
887	79	39	Bug coffee спасибо review check slides sure danke check check green build merci straße this	\N	2026-01-01 00:08:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
888	41	39	Danke you	\N	2026-01-01 00:08:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
889	57	10	Again deploy done	\N	2026-01-01 00:08:24+00	\N	883	6	Deploy hello meeting the straße meeting gracias can hello hello review lunch	\N	\N	\N	{}	\N	f
890	63	7	Again ready bug meeting done done coffee is is	\N	2026-01-01 00:08:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
891	12	4	You	\N	2026-01-01 00:08:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
892	5	21	Review ticket again ありがとう friday hello ticket later can test the	\N	2026-01-01 00:08:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
893	64	2	Can ありがとう	\N	2026-01-01 00:08:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
894	22	29	Demo again test again test is this ticket lunch 🎉 again naïve спасибо coffee café	\N	2026-01-01 00:08:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
895	22	7	Merci hello demo release résumé straße done build café	\N	2026-01-01 00:08:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
896	67	14	Bug sure test bug ready is lunch done can bug please	\N	2026-01-01 00:08:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
897	79	39	Sure hello friday later résumé tomorrow done is slides 🎉 hello	\N	2026-01-01 00:08:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
898	67	14	This	\N	2026-01-01 00:08:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
899	5	7	This	\N	2026-01-01 00:08:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
900	20	30	Tomorrow demo lunch done спасибо friday 🎉 check	\N	2026-01-01 00:08:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [40]], ["👀", [30]]]	f
901	45	26	Done please deploy this build danke green later tomorrow check hello ticket danke 👍 tomorrow	\N	2026-01-01 00:08:30+00	\N	886	11	The tomorrow lunch later café ok done review straße done later green sure check the the this	\N	\N	\N	{}	\N	f
902	63	7	Test sure ok gracias check merci check please build résumé	\N	2026-01-01 00:08:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
903	10	34	Review review	\N	2026-01-01 00:08:31+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1230	36	35	The	\N	2026-01-01 00:11:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
904	74	24	Straße спасибо lunch gracias merci review check meeting спасибо demo 👍 check	\N	2026-01-01 00:08:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
905	7	31	Coffee merci спасибо is the release you ありがとう résumé this ready is done this you	\N	2026-01-01 00:08:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
906	62	30	Is again sure you 👍 demo this build	\N	2026-01-01 00:08:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
907	64	24	Done please tomorrow green	\N	2026-01-01 00:08:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
908	39	31	Deploy you café sure friday ありがとう résumé 👍 naïve ticket you hello release	\N	2026-01-01 00:08:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
909	43	36	Hello test naïve ok can ok résumé 👍 tomorrow demo	\N	2026-01-01 00:08:34+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [36]], ["🙏", [28]]]	f
910	28	29	Done ready hello naïve merci 🎉 green is release bug merci	\N	2026-01-01 00:08:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
911	13	24	Green tomorrow lunch check the straße friday 🎉 straße demo please café test ありがとう review	\N	2026-01-01 00:08:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
912	45	11	Done test check naïve can coffee sure coffee the slides straße sure can meeting please	\N	2026-01-01 00:08:35.5+00	\N	901	26	Done please deploy this build danke green later tomorrow check hello ticket danke 👍 tomorrow	\N	\N	\N	{}	\N	f
913	5	7	Tomorrow merci test 👍 coffee hello résumé ありがとう	\N	2026-01-01 00:08:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
914	57	10	Test gracias ありがとう is naïve demo straße straße friday this sure release sure	\N	2026-01-01 00:08:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
915	27	7	Green	\N	2026-01-01 00:08:37+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [7]], ["👍", [40]], ["😂", [2]]]	f
916	57	6	Ready café tomorrow test demo lunch ticket naïve gracias later slides résumé ok the	\N	2026-01-01 00:08:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
917	57	10	Test	\N	2026-01-01 00:08:38+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [10]]]	f
918	44	22	Ticket test demo	\N	2026-01-01 00:08:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
919	10	25	Review ticket done please is	\N	2026-01-01 00:08:39+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [34]], ["👀", [16]], ["😂", [25]]]	f
920	17	25	Ticket ok review danke danke deploy later later 👍 sure	\N	2026-01-01 00:08:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
921	2	31	Please tomorrow please release friday test gracias	\N	2026-01-01 00:08:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
922	45	26	@user0000026 Lunch gracias 🎉 the later test release sure release 👍 please the	\N	2026-01-01 00:08:40.5+00	\N	\N	\N	\N	\N	\N	\N	{26}	\N	f
923	32	36	Naïve is straße done lunch 🎉 meeting 👍 friday the meeting	\N	2026-01-01 00:08:41+00	\N	585	36	Build ticket please café again ありがとう	\N	\N	\N	{}	\N	f
924	57	6	Review can café	\N	2026-01-01 00:08:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
925	23	2	Résumé straße can you sure 👍 review you bug bug résumé slides café release can slides again café	\N	2026-01-01 00:08:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
926	67	14	Green ticket danke	\N	2026-01-01 00:08:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
927	64	2	Ready ready release is café straße this ok done lunch can friday	\N	2026-01-01 00:08:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
928	57	10	Lunch the	\N	2026-01-01 00:08:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
929	57	6	Deploy bug check review green demo résumé release ready gracias sure straße the please test coffee	\N	2026-01-01 00:08:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
930	20	40	Naïve ありがとう can check résumé done 👍 can done release merci meeting deploy demo	\N	2026-01-01 00:08:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
931	32	35	Later gracias 🎉 please hello bug meeting ticket bug résumé lunch gracias	\N	2026-01-01 00:08:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
932	57	10	Ready release the again hello merci review	\N	2026-01-01 00:08:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
933	4	32	Please straße 👍 ありがとう slides ready meeting hello	\N	2026-01-01 00:08:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
934	11	1	Ok test you danke bug спасибо release demo café the	\N	2026-01-01 00:08:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
935	76	1	Build danke can merci lunch you you ok	\N	2026-01-01 00:08:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
936	57	10	Deploy lunch спасибо meeting you straße can green build danke release 👍 merci done meeting friday	\N	2026-01-01 00:08:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
937	57	10	Review meeting 🎉 later green hello please ticket coffee ready	\N	2026-01-01 00:08:48+00	\N	936	10	Deploy lunch спасибо meeting you straße can green build danke release 👍 merci done meeting friday	\N	\N	\N	{}	\N	f
938	27	7	Green friday sure later	\N	2026-01-01 00:08:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [11, 40]]]	f
939	79	39	Coffee gracias later tomorrow meeting please later ありがとう you ticket done naïve check hello review please release the	\N	2026-01-01 00:08:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
940	8	1	Ready ticket café danke release deploy friday ありがとう	\N	2026-01-01 00:08:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
941	57	6	Meeting this спасибо coffee tomorrow can bug merci café again ok	\N	2026-01-01 00:08:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
942	57	10	Café please the later test café 👍 gracias bug the hello ok	\N	2026-01-01 00:08:50.5+00	\N	941	6	Meeting this спасибо coffee tomorrow can bug merci café again ok	\N	\N	\N	{}	\N	f
943	1	38	Check slides 🎉 bug ready hello ticket naïve test slides straße ありがとう lunch check sure friday later	\N	2026-01-01 00:08:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
944	22	7	🎉 lunch	\N	2026-01-01 00:08:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
945	63	15	Danke is slides hello again 🎉 is bug ありがとう please later sure ok	\N	2026-01-01 00:08:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
946	76	1	Straße meeting ready demo lunch bug demo	\N	2026-01-01 00:08:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
947	15	3	Build you coffee ready can check ok merci café lunch friday ticket gracias this	\N	2026-01-01 00:08:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
948	44	22	You friday the 🎉 straße slides coffee bug is 👍 bug demo ticket this demo ready tomorrow	\N	2026-01-01 00:08:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
949	68	30	Again 👍 done 🎉 this build 👍 review test deploy check test you tomorrow danke release 🎉	\N	2026-01-01 00:08:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
950	57	10	Ready build the meeting is release deploy lunch is hello	\N	2026-01-01 00:08:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
951	57	6	Danke deploy ready release meeting meeting ok lunch	\N	2026-01-01 00:08:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
952	5	7	Ticket coffee lunch the bug ready please gracias again ありがとう merci green coffee café спасибо	\N	2026-01-01 00:08:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
953	37	32	Is café this you is green again please slides café résumé café green	\N	2026-01-01 00:08:56+00	\N	231	5	You 🎉 done ok ありがとう is naïve green ticket again demo build	\N	\N	\N	{}	\N	f
954	55	12	Check meeting	\N	2026-01-01 00:08:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
955	57	10	Slides this straße ありがとう is	\N	2026-01-01 00:08:57+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [10]]]	f
956	57	6	Deploy ありがとう again café hello again this gracias	\N	2026-01-01 00:08:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
957	67	1	Straße green again done this build merci	\N	2026-01-01 00:08:58+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [1]]]	f
958	33	18	Done gracias done naïve release demo	\N	2026-01-01 00:08:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [35]], ["😂", [18]]]	f
959	62	33	Check can bug friday ありがとう check coffee café done ありがとう the	\N	2026-01-01 00:08:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
960	33	18	Coffee is can is straße check this please lunch 🎉 check merci coffee naïve	\N	2026-01-01 00:08:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
961	80	33	👍 sure bug 🎉 ありがとう bug please danke done review tomorrow спасибо is merci	\N	2026-01-01 00:09:00+00	\N	707	29	Straße please ありがとう	\N	\N	\N	{}	\N	f
962	69	6	Café straße can merci this deploy can meeting green ticket gracias straße ready done check danke again	\N	2026-01-01 00:09:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
963	45	26	🎉 ありがとう	\N	2026-01-01 00:09:01+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [26]], ["🙏", [11]]]	f
964	50	15	Ok naïve ok straße merci merci ありがとう спасибо check this ありがとう спасибо sure tomorrow	\N	2026-01-01 00:09:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
965	57	10	Lunch ready test release this the friday gracias hello test later ticket green	\N	2026-01-01 00:09:02+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [10]], ["👍", [6]]]	f
966	57	10	Café lunch спасибо test again résumé straße this спасибо sure is café	\N	2026-01-01 00:09:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
967	38	11	Green спасибо again build bug review green build coffee the gracias slides lunch done	\N	2026-01-01 00:09:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
968	72	22	Tomorrow done résumé release bug	\N	2026-01-01 00:09:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
969	4	29	Ready slides done check coffee please again test straße build release review tomorrow danke you again done again	\N	2026-01-01 00:09:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
970	55	22	Sure can friday done friday merci 🎉 ready ready ありがとう friday sure release naïve danke again	\N	2026-01-01 00:09:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
971	18	16	Demo friday bug done green test спасибо build tomorrow can release ありがとう merci done please ok ok you	\N	2026-01-01 00:09:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
972	25	34	ありがとう test спасибо test résumé demo release ticket gracias build check coffee green lunch hello demo green merci	\N	2026-01-01 00:09:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
973	25	34	Friday ありがとう sure danke спасибо	\N	2026-01-01 00:09:06+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
974	8	1	Résumé hello demo review test naïve test ありがとう friday this ready lunch green can	\N	2026-01-01 00:09:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [1]]]	f
975	59	23	Danke test demo danke again done the slides demo bug release demo the bug deploy friday danke	\N	2026-01-01 00:09:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
976	20	40	Friday friday ticket 🎉 ready meeting check hello naïve ok	\N	2026-01-01 00:09:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
977	11	2	Meeting deploy deploy café the gracias is résumé	\N	2026-01-01 00:09:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
978	57	6	Slides danke build ready bug build	\N	2026-01-01 00:09:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
979	57	10	Ticket friday can merci 👍 straße this ready ticket coffee please résumé ありがとう спасибо coffee deploy	\N	2026-01-01 00:09:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
980	23	25	Green slides danke	\N	2026-01-01 00:09:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2]], ["👀", [25]]]	f
981	57	6	Deploy release спасибо straße friday slides please later ok 👍 lunch résumé check спасибо	\N	2026-01-01 00:09:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
982	22	7	Check naïve check can danke check 🎉 done friday	\N	2026-01-01 00:09:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
983	38	31	Tomorrow review later спасибо	\N	2026-01-01 00:09:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
984	57	6	Check tomorrow 🎉 спасибо merci	\N	2026-01-01 00:09:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
985	45	26	Review bug sure done demo check green check meeting tomorrow done coffee done	\N	2026-01-01 00:09:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
986	13	40	Check build review meeting ありがとう demo release you you sure danke is coffee café you	\N	2026-01-01 00:09:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
987	67	1	🎉 tomorrow ok résumé ticket straße slides the done tomorrow the the résumé ok again done	\N	2026-01-01 00:09:13+00	\N	957	1	Straße green again done this build merci	\N	\N	\N	{}	\N	f
988	20	40	This	\N	2026-01-01 00:09:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
989	75	36	Done later please sure coffee ready sure please demo ticket спасибо ありがとう	\N	2026-01-01 00:09:14+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [36]], ["😂", [17]]]	f
990	20	40	Résumé friday ok straße ok ok merci you hello danke	\N	2026-01-01 00:09:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
991	17	25	Release green lunch tomorrow ready	\N	2026-01-01 00:09:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
992	2	37	Tomorrow merci straße review bug is slides this demo	\N	2026-01-01 00:09:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
993	68	26	Bug again this naïve you slides sure	\N	2026-01-01 00:09:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
994	45	11	Bug hello release ready release review sure this merci résumé naïve coffee meeting test build done slides the	\N	2026-01-01 00:09:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
995	45	26	Slides again can ready is this	\N	2026-01-01 00:09:17+00	\N	994	11	Bug hello release ready release review sure this merci résumé naïve coffee meeting test build done slides the	\N	\N	\N	{}	\N	f
996	38	31	Sure tomorrow done danke review you	\N	2026-01-01 00:09:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
997	34	15	Meeting	\N	2026-01-01 00:09:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1231	57	6	Café gracias coffee спасибо test	\N	2026-01-01 00:11:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
998	63	15	Bug later later ありがとう green release meeting release 🎉 done	\N	2026-01-01 00:09:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
999	38	31	Bug merci ticket release friday review coffee done gracias	\N	2026-01-01 00:09:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1000	21	6	@user0000006 Danke can ticket sure again ok	\N	2026-01-01 00:09:19.5+00	\N	\N	\N	\N	\N	\N	\N	{6}	\N	f
1001	14	20	Done build build naïve release résumé release	\N	2026-01-01 00:09:20+00	\N	725	24	You please green résumé green	\N	\N	\N	{}	[["🎉", [24]], ["👀", [20]]]	f
1002	8	19	Build later ready can please merci hello danke coffee coffee review test later gracias this	\N	2026-01-01 00:09:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [19]], ["😂", [1]]]	f
1003	49	27	👍 lunch bug later meeting lunch build danke straße is deploy release ありがとう bug café please deploy	\N	2026-01-01 00:09:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1004	74	24	Danke résumé done ticket can you 👍	\N	2026-01-01 00:09:21.5+00	\N	904	24	Straße спасибо lunch gracias merci review check meeting спасибо demo 👍 check	\N	\N	\N	{}	\N	f
1005	62	30	Later is tomorrow bug release green slides release lunch friday	\N	2026-01-01 00:09:22+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1006	22	7	🎉 gracias test ok coffee merci this ready ok ありがとう test	\N	2026-01-01 00:09:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [7, 29]]]	f
1007	20	30	Hello sure naïve coffee	\N	2026-01-01 00:09:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1008	74	16	Meeting merci coffee green this test review danke straße	\N	2026-01-01 00:09:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [16]], ["👀", [24]]]	f
1009	44	22	Please test ありがとう please merci tomorrow спасибо bug can café naïve deploy	\N	2026-01-01 00:09:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1010	57	6	Again lunch release спасибо ticket 👍 ready hello danke review	\N	2026-01-01 00:09:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1011	66	28	Straße 👍 you later 🎉 danke later later ready danke test ticket later this lunch lunch	\N	2026-01-01 00:09:25+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [12, 28]]]	f
1012	57	6	Straße green ready the résumé this done later please résumé review is release lunch ready again	\N	2026-01-01 00:09:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1013	13	2	Bug check 👍 bug coffee again is ok friday friday can	\N	2026-01-01 00:09:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1014	47	30	Please hello hello naïve later	\N	2026-01-01 00:09:26.5+00	\N	797	17	Test review gracias sure slides this friday coffee	\N	\N	\N	{}	\N	f
1015	59	23	Danke release green ready deploy please	\N	2026-01-01 00:09:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1016	47	27	Спасибо	\N	2026-01-01 00:09:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [30]], ["🙏", [8]]]	f
1017	57	6	Build résumé merci hello 👍 test hello sure	\N	2026-01-01 00:09:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1018	17	24	Sure tomorrow café meeting release coffee hello	\N	2026-01-01 00:09:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1019	23	25	Café release meeting hello done deploy résumé naïve this gracias review later	\N	2026-01-01 00:09:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1020	57	10	Bug please café résumé	\N	2026-01-01 00:09:29.5+00	\N	1017	6	Build résumé merci hello 👍 test hello sure	\N	\N	\N	{}	\N	f
1021	25	17	Check can coffee résumé 👍 gracias demo résumé	\N	2026-01-01 00:09:30+00	\N	973	34	Friday ありがとう sure danke спасибо	\N	\N	\N	{}	\N	f
1022	57	10	Résumé bug tomorrow straße this résumé danke you done green ok bug ありがとう later спасибо hello	\N	2026-01-01 00:09:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1023	78	9	Tomorrow danke later ready спасибо ticket спасибо ready ok is	\N	2026-01-01 00:09:31+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1024	2	37	Release sure test deploy merci check later	\N	2026-01-01 00:09:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1025	57	6	Release спасибо 🎉 demo can	\N	2026-01-01 00:09:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1026	12	4	Ok deploy ありがとう 👍 later you спасибо friday danke ready résumé meeting slides ticket hello hello спасибо sure	\N	2026-01-01 00:09:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1027	66	32	Please coffee meeting friday deploy gracias	\N	2026-01-01 00:09:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1028	13	2	Deploy ありがとう gracias merci tomorrow naïve build done ready ok green again again slides merci	\N	2026-01-01 00:09:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1029	20	40	Résumé ticket café danke test café résumé please deploy	\N	2026-01-01 00:09:34+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [30, 40]]]	f
1030	57	6	Slides build naïve please	\N	2026-01-01 00:09:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [10]], ["👍", [6]]]	f
1031	57	10	Test build coffee meeting check	\N	2026-01-01 00:09:35+00	\N	1030	6	Slides build naïve please	\N	\N	\N	{}	\N	f
1032	17	25	Meeting the release gracias ticket again later again ready gracias bug bug	\N	2026-01-01 00:09:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1033	41	33	Later gracias later tomorrow straße café naïve ok 👍 résumé release hello the	\N	2026-01-01 00:09:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1034	38	11	Café naïve danke done bug slides the ticket the tomorrow release review ticket 🎉 can demo	\N	2026-01-01 00:09:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1035	68	30	Ok lunch deploy later friday ありがとう sure danke ok please friday lunch deploy résumé ready this the review	\N	2026-01-01 00:09:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1036	7	3	Later done lunch later later slides again again ok ありがとう danke build test coffee gracias check review	\N	2026-01-01 00:09:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1037	22	7	Hello deploy slides ready meeting	\N	2026-01-01 00:09:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1038	80	33	Build ready straße meeting green	\N	2026-01-01 00:09:38.5+00	\N	961	33	👍 sure bug 🎉 ありがとう bug please danke done review tomorrow спасибо is merci	\N	\N	\N	{}	[["😂", [29]], ["🙏", [33]]]	f
1039	57	6	Coffee ok ok résumé demo please is release can please	\N	2026-01-01 00:09:39+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [6]]]	f
1040	45	11	Straße danke later friday	\N	2026-01-01 00:09:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1041	22	7	Release the спасибо merci review release straße the sure sure review ready review gracias meeting please review	\N	2026-01-01 00:09:40+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [29]], ["😂", [7]]]	f
1232	11	1	Meeting demo again tomorrow you lunch green can	\N	2026-01-01 00:11:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1042	3	6	Green is спасибо	\N	2026-01-01 00:09:40.5+00	\N	777	2	Can ありがとう merci 🎉 can lunch ok 🎉 deploy check	\N	\N	\N	{}	\N	f
1043	45	26	Café résumé lunch tomorrow done you release	\N	2026-01-01 00:09:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1044	57	10	Again 🎉 ready the ok coffee résumé done ok 👍 check ありがとう	\N	2026-01-01 00:09:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1045	13	23	Café résumé green check this meeting test the	\N	2026-01-01 00:09:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1046	11	19	🎉 café is release ありがとう review please done demo gracias again ありがとう	\N	2026-01-01 00:09:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1047	11	2	Hello deploy 👍	\N	2026-01-01 00:09:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1048	57	10	Lunch bug straße please slides test deploy demo ticket release check deploy gracias gracias 👍 naïve check	\N	2026-01-01 00:09:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1049	57	10	You résumé you ok the deploy build ok done done	\N	2026-01-01 00:09:44+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [6]], ["🙏", [10]]]	f
1050	57	6	Test naïve demo review review	\N	2026-01-01 00:09:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1051	34	15	Review gracias gracias green green is friday danke ticket this you demo deploy is meeting	\N	2026-01-01 00:09:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1052	44	22	🎉 tomorrow ok résumé ticket straße slides the done tomorrow the the résumé ok again done	\N	2026-01-01 00:09:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [22, 28]]]	f
1053	68	23	Please green later	\N	2026-01-01 00:09:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1054	57	6	Sure again 🎉 this sure	\N	2026-01-01 00:09:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1055	45	11	Review build test is later ready the tomorrow this can later	\N	2026-01-01 00:09:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1056	63	15	Can 👍 naïve deploy check demo this lunch résumé again	\N	2026-01-01 00:09:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [15]], ["😂", [7]]]	f
1057	50	22	Green 🎉 demo ready hello the danke review 🎉 sure can gracias 🎉	\N	2026-01-01 00:09:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1058	57	6	Ready this résumé 🎉	\N	2026-01-01 00:09:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1059	6	18	Green danke спасибо naïve can ready 👍	\N	2026-01-01 00:09:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1060	5	21	Спасибо demo build you this ready sure 🎉	\N	2026-01-01 00:09:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1061	16	9	Build	\N	2026-01-01 00:09:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1062	71	15	Lunch the bug lunch sure meeting gracias slides lunch merci can bug спасибо	\N	2026-01-01 00:09:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1063	21	10	You straße tomorrow merci demo sure	\N	2026-01-01 00:09:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1064	12	30	@user0000032 Résumé спасибо coffee gracias demo	\N	2026-01-01 00:09:51.5+00	\N	\N	\N	\N	\N	\N	\N	{32}	\N	f
1065	63	7	Lunch green demo deploy merci hello	\N	2026-01-01 00:09:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1066	8	19	Gracias sure 👍 café gracias sure danke gracias deploy	\N	2026-01-01 00:09:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1067	21	36	Lunch green can you naïve release later résumé	\N	2026-01-01 00:09:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1068	6	38	🎉 you can straße hello check bug ready test	\N	2026-01-01 00:09:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1069	74	16	@user0000016 Release later review lunch hello lunch ticket later check can demo ok bug the ok check 👍 release	\N	2026-01-01 00:09:54+00	\N	\N	\N	\N	\N	\N	\N	{16}	\N	f
1070	47	8	Please deploy please please merci demo résumé meeting this straße test lunch hello café gracias merci	\N	2026-01-01 00:09:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1071	57	10	The you	\N	2026-01-01 00:09:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1072	6	38	Meeting ready coffee build ありがとう please 👍	\N	2026-01-01 00:09:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [18]], ["😂", [38]]]	f
1073	54	23	Green спасибо sure green 🎉 lunch naïve test this friday slides tomorrow gracias	\N	2026-01-01 00:09:56+00	\N	787	11	Merci danke review ready coffee friday café is slides you you test 🎉 green build	\N	\N	\N	{}	\N	f
1074	5	21	Green test	\N	2026-01-01 00:09:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1075	38	31	Deploy lunch спасибо meeting you straße can green build danke release 👍 merci done meeting friday	\N	2026-01-01 00:09:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1076	57	6	Ok ticket hello résumé 👍 you later review can release	\N	2026-01-01 00:09:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1077	47	27	Build	\N	2026-01-01 00:09:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1078	22	7	Tomorrow 👍 review merci this ticket green again ready slides café	\N	2026-01-01 00:09:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1079	8	1	Done tomorrow is slides bug test tomorrow demo deploy gracias ok bug café later hello merci	\N	2026-01-01 00:09:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1080	50	32	ありがとう test check	\N	2026-01-01 00:09:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1081	79	39	Danke naïve merci you review tomorrow ticket you lunch green ticket merci gracias again 🎉	\N	2026-01-01 00:10:00+00	\N	939	39	Coffee gracias later tomorrow meeting please later ありがとう you ticket done naïve check hello review please release the	\N	\N	\N	{}	\N	f
1082	55	40	Can спасибо meeting build gracias спасибо again can naïve	\N	2026-01-01 00:10:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1083	31	11	This danke sure done ok sure lunch	\N	2026-01-01 00:10:01+00	\N	882	16	Naïve is straße done lunch 🎉 meeting 👍 friday the meeting	\N	\N	\N	{}	\N	f
1084	68	31	Please check release	\N	2026-01-01 00:10:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1085	57	6	Lunch meeting you coffee lunch review gracias slides ありがとう ありがとう ready demo bug meeting 🎉 slides tomorrow done	\N	2026-01-01 00:10:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1086	10	32	This deploy green is café review résumé review naïve спасибо hello test hello green	\N	2026-01-01 00:10:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1087	8	1	Спасибо bug	\N	2026-01-01 00:10:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1088	57	10	ありがとう is check check	\N	2026-01-01 00:10:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1089	57	6	Deploy sure gracias deploy check done can 🎉 danke	\N	2026-01-01 00:10:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1090	50	15	Build meeting	\N	2026-01-01 00:10:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1091	65	1	Green release release can slides demo ありがとう demo hello 🎉	\N	2026-01-01 00:10:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1092	71	15	Спасибо ok demo	\N	2026-01-01 00:10:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1093	57	6	@user0000010 Ok 👍 lunch can	\N	2026-01-01 00:10:06+00	\N	1089	6	Deploy sure gracias deploy check done can 🎉 danke	\N	\N	\N	{10}	\N	f
1094	45	11	Straße résumé lunch later sure	\N	2026-01-01 00:10:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1095	47	27	Again gracias build test check спасибо résumé	\N	2026-01-01 00:10:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1096	20	30	Again build please done lunch release this ok again again merci	\N	2026-01-01 00:10:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1097	67	14	Release later build deploy build again ありがとう again ありがとう ありがとう meeting gracias 🎉 coffee	\N	2026-01-01 00:10:08+00	\N	987	1	🎉 tomorrow ok résumé ticket straße slides the done tomorrow the the résumé ok again done	\N	\N	\N	{}	[["❤️", [14]]]	f
1098	53	27	Naïve gracias 🎉 спасибо	\N	2026-01-01 00:10:08.5+00	\N	840	1	@user0000027 Friday gracias please the hello	\N	\N	\N	{}	\N	f
1099	21	10	Tomorrow meeting ticket review meeting demo this café danke 👍 check review hello bug the	\N	2026-01-01 00:10:09+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [24]], ["🙏", [36]]]	f
1100	22	29	Bug спасибо can 👍 green meeting done review	\N	2026-01-01 00:10:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [7]], ["🙏", [29]]]	f
1101	63	15	ありがとう	\N	2026-01-01 00:10:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1102	8	1	Check	\N	2026-01-01 00:10:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1103	22	29	Meeting lunch meeting sure ready ok this hello slides	\N	2026-01-01 00:10:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1104	57	6	Gracias résumé straße sure coffee coffee sure release is bug review review tomorrow is	\N	2026-01-01 00:10:11.5+00	\N	1093	6	@user0000010 Ok 👍 lunch can	\N	\N	\N	{}	[["👀", [10]], ["🙏", [6]]]	f
1105	74	16	Later 🎉 this danke done test later sure 👍 build done	\N	2026-01-01 00:10:12+00	\N	1069	16	@user0000016 Release later review lunch hello lunch ticket later check can demo ok bug the ok check 👍 release	\N	\N	\N	{}	\N	f
1106	13	23	Bug straße demo gracias	\N	2026-01-01 00:10:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1107	67	14	Is coffee please café hello coffee done 👍 sure	\N	2026-01-01 00:10:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1108	79	31	Sure café straße naïve done tomorrow straße can again slides ready bug	\N	2026-01-01 00:10:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1109	57	6	Please this again ticket meeting ok review is résumé build green is	\N	2026-01-01 00:10:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1110	57	10	Please deploy please please merci demo résumé meeting this straße test lunch hello café gracias merci	\N	2026-01-01 00:10:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1111	57	6	Спасибо check release danke 🎉 deploy tomorrow спасибо	\N	2026-01-01 00:10:15+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [6]], ["🙏", [10]]]	f
1112	57	10	Hello naïve	\N	2026-01-01 00:10:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1113	40	29	Meeting you спасибо ready test sure build naïve can coffee check test test test résumé	\N	2026-01-01 00:10:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1114	64	2	Test review straße meeting naïve friday demo café test demo test build café	\N	2026-01-01 00:10:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1115	57	10	Straße please review hello demo test release this спасибо please is	\N	2026-01-01 00:10:17+00	\N	1112	10	Hello naïve	\N	\N	\N	{}	[["👍", [6]], ["😂", [10]]]	f
1116	62	30	Meeting meeting	\N	2026-01-01 00:10:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1117	57	10	Friday green	\N	2026-01-01 00:10:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1118	57	10	Coffee demo slides hello café slides tomorrow tomorrow sure спасибо naïve test later café later ありがとう	\N	2026-01-01 00:10:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [10]]]	f
1119	4	16	Can naïve the you ありがとう straße	\N	2026-01-01 00:10:19+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [16]]]	f
1120	57	6	Ticket 👍 review can green gracias can ticket naïve bug slides slides coffee résumé naïve this	\N	2026-01-01 00:10:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1121	6	18	Test straße friday bug green ready deploy ありがとう danke the green the lunch is can review	\N	2026-01-01 00:10:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1122	20	30	Hello coffee coffee café demo you ありがとう merci coffee meeting ticket danke done test ありがとう meeting	\N	2026-01-01 00:10:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1123	15	3	Danke bug friday can green check straße gracias slides	\N	2026-01-01 00:10:21+00	\N	947	3	Build you coffee ready can check ok merci café lunch friday ticket gracias this	\N	\N	\N	{}	[["❤️", [1]], ["🎉", [3]]]	f
1124	41	33	Ready gracias gracias gracias please is résumé build	\N	2026-01-01 00:10:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [33]]]	f
1125	57	6	Review check later check meeting the tomorrow friday ありがとう café demo hello bug	\N	2026-01-01 00:10:22+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [6]], ["🎉", [10]]]	f
1126	23	2	This check you ありがとう 🎉 slides straße bug ok ready hello résumé meeting résumé test résumé coffee friday	\N	2026-01-01 00:10:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [2]], ["😂", [25]]]	f
1127	68	23	Friday hello green deploy release merci build test tomorrow merci demo 🎉 the slides	\N	2026-01-01 00:10:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1128	59	23	Review lunch deploy ready tomorrow hello straße demo	\N	2026-01-01 00:10:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1129	57	10	Ready can please	\N	2026-01-01 00:10:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1130	29	3	Sure danke	\N	2026-01-01 00:10:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1131	38	11	Build hello 🎉 later bug green demo the tomorrow lunch	\N	2026-01-01 00:10:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1132	10	34	Спасибо deploy demo ok is lunch straße green again you résumé test release done résumé ok bug	\N	2026-01-01 00:10:25.5+00	\N	1086	32	This deploy green is café review résumé review naïve спасибо hello test hello green	\N	\N	\N	{}	\N	f
1133	48	2	Slides friday résumé this green is	\N	2026-01-01 00:10:26+00	\N	761	2	Gracias ありがとう coffee the ありがとう is you bug спасибо please you	\N	\N	\N	{}	[["😂", [9]], ["🙏", [2]]]	f
1134	79	31	👍 gracias lunch ready	\N	2026-01-01 00:10:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1135	43	28	Straße 👍 hello sure	\N	2026-01-01 00:10:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1136	71	9	Coffee ready can done résumé can ready this build спасибо ready later please meeting	\N	2026-01-01 00:10:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1137	57	6	Ticket can please friday green	\N	2026-01-01 00:10:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1138	48	9	Merci 👍 green slides meeting release lunch gracias build slides	\N	2026-01-01 00:10:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1139	61	7	Hello friday 👍 this bug slides is спасибо green done lunch this tomorrow test tomorrow	\N	2026-01-01 00:10:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1140	78	8	Sure release demo café done 👍 danke спасибо meeting the hello ticket please straße coffee green demo	\N	2026-01-01 00:10:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [8]]]	f
1141	57	10	Tomorrow sure release deploy meeting check build is can sure danke please meeting	\N	2026-01-01 00:10:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1142	77	4	Again review friday gracias ありがとう can	\N	2026-01-01 00:10:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1143	57	6	Is	\N	2026-01-01 00:10:31+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1144	11	1	Deploy please review 🎉 bug спасибо sure meeting ready build deploy bug gracias ticket	\N	2026-01-01 00:10:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [19]]]	f
1145	57	6	Build straße done lunch résumé again ticket meeting can later ok sure merci	\N	2026-01-01 00:10:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1146	27	40	Ticket this slides danke green tomorrow is is later test	\N	2026-01-01 00:10:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1147	57	10	Check green green the is résumé sure gracias again can bug danke merci gracias slides tomorrow	\N	2026-01-01 00:10:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1148	57	6	Ready hello build lunch demo bug slides	\N	2026-01-01 00:10:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1149	20	30	Lunch lunch gracias deploy 👍 coffee coffee can hello	\N	2026-01-01 00:10:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1150	74	16	Demo ありがとう danke bug coffee green merci this deploy	\N	2026-01-01 00:10:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1151	13	18	Done done green review bug straße bug sure is	\N	2026-01-01 00:10:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1152	11	19	Slides coffee release can bug build ありがとう straße hello bug café gracias review slides this	\N	2026-01-01 00:10:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1153	22	29	Release this спасибо naïve résumé the again ticket done ok again can	\N	2026-01-01 00:10:36+00	\N	1103	29	Meeting lunch meeting sure ready ok this hello slides	\N	\N	\N	{}	\N	f
1154	34	4	Test résumé lunch merci coffee can test deploy	\N	2026-01-01 00:10:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1155	7	31	Ready slides naïve later meeting release build naïve tomorrow coffee naïve test	\N	2026-01-01 00:10:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1156	21	6	Ready coffee tomorrow	\N	2026-01-01 00:10:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1157	51	31	Merci ticket straße sure demo you test demo test meeting 🎉 café release	\N	2026-01-01 00:10:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1158	8	19	Review can green release slides build release 👍 deploy meeting 🎉 is ok again review review lunch friday	\N	2026-01-01 00:10:38.5+00	\N	1102	1	Check	\N	\N	\N	{}	[["😂", [19]]]	f
1159	14	24	You build done lunch bug review спасибо naïve please you	\N	2026-01-01 00:10:39+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [20]]]	f
1160	67	14	Gracias ready 🎉 tomorrow please you tomorrow café slides is meeting review sure tomorrow	\N	2026-01-01 00:10:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1161	57	6	Tomorrow	\N	2026-01-01 00:10:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1162	21	24	You green	\N	2026-01-01 00:10:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1163	62	30	You check release demo 👍 done slides lunch danke naïve	\N	2026-01-01 00:10:41+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [33]], ["🙏", [30]]]	f
1164	6	18	Test résumé release danke спасибо is coffee friday gracias can ready review again résumé green deploy again	\N	2026-01-01 00:10:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1165	21	40	Friday please please can 👍 later café demo café ありがとう check deploy ready	\N	2026-01-01 00:10:42+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [40]], ["🙏", [2]]]	f
1166	19	6	Gracias release hello check done is green the résumé résumé ありがとう demo bug friday ok bug lunch merci	\N	2026-01-01 00:10:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [6]]]	f
1167	76	1	Build ticket test test check please résumé hello straße can can	\N	2026-01-01 00:10:43+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [1]], ["👍", [8]]]	f
1168	5	7	Friday gracias test build meeting build ok green 🎉 build again lunch green résumé	\N	2026-01-01 00:10:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1169	60	13	Tomorrow build bug review	\N	2026-01-01 00:10:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1170	60	39	Résumé straße can you sure 👍 review you bug bug résumé slides café release can slides again café	\N	2026-01-01 00:10:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1171	32	35	Straße спасибо lunch gracias merci review check meeting спасибо demo 👍 check	\N	2026-01-01 00:10:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1172	20	30	Gracias ok gracias ticket danke gracias lunch meeting test ready review meeting café check ticket this tomorrow	\N	2026-01-01 00:10:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1173	45	11	Sure danke later is again review this build	\N	2026-01-01 00:10:46+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [26]], ["😂", [11]]]	f
1174	2	37	ありがとう merci 👍 sure naïve later later meeting release café lunch the slides straße later	\N	2026-01-01 00:10:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [31]]]	f
1175	57	6	Danke ticket this friday bug done demo gracias done later straße tomorrow demo later ok ok slides green	\N	2026-01-01 00:10:47+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [10]]]	f
1176	57	6	Green	\N	2026-01-01 00:10:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1177	43	36	The naïve bug build	\N	2026-01-01 00:10:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1178	6	18	The ready coffee build review bug meeting hello danke спасибо demo check	\N	2026-01-01 00:10:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [18]], ["👀", [38]]]	f
1179	53	27	Lunch café café coffee café check test please naïve naïve is danke спасибо can check	\N	2026-01-01 00:10:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1180	27	2	Résumé ticket review bug	\N	2026-01-01 00:10:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1181	23	2	Ticket again ok ありがとう 🎉 again the naïve	\N	2026-01-01 00:10:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1182	8	1	Ready later bug the you deploy naïve done again 🎉 again deploy naïve tomorrow café done спасибо	\N	2026-01-01 00:10:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1183	10	34	Friday meeting café build the ok résumé green green lunch ready ticket meeting straße merci green you gracias	\N	2026-01-01 00:10:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1184	11	19	Done demo release test review can release ありがとう straße sure build test straße deploy slides demo	\N	2026-01-01 00:10:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1185	5	21	Again sure you sure done 👍 is release lunch 🎉 test please	\N	2026-01-01 00:10:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1186	53	1	Check meeting	\N	2026-01-01 00:10:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [1]], ["🙏", [27]]]	f
1187	38	11	Bug the	\N	2026-01-01 00:10:53+00	\N	1131	11	Build hello 🎉 later bug green demo the tomorrow lunch	\N	\N	\N	{}	\N	f
1188	63	15	Спасибо lunch you can done	\N	2026-01-01 00:10:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [7]]]	f
1189	57	10	Coffee спасибо check	\N	2026-01-01 00:10:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1190	24	8	Green merci 🎉 later later done review please ticket is	\N	2026-01-01 00:10:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1191	67	14	Test naïve	\N	2026-01-01 00:10:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1192	65	1	Café naïve danke done bug slides the ticket the tomorrow release review ticket 🎉 can demo	\N	2026-01-01 00:10:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1193	8	19	The	\N	2026-01-01 00:10:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1194	57	10	Спасибо résumé ok you coffee naïve 👍 review café ready ticket review ready ありがとう danke ready sure meeting	\N	2026-01-01 00:10:56.5+00	\N	1189	10	Coffee спасибо check	\N	\N	\N	{}	\N	f
1195	67	14	Sure check deploy done again ok build check lunch спасибо tomorrow	\N	2026-01-01 00:10:57+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [1, 14]]]	f
1196	38	31	Please done спасибо friday ok is straße test friday the this bug danke green done can 🎉 demo	\N	2026-01-01 00:10:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1197	8	1	Friday ticket slides	\N	2026-01-01 00:10:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1198	38	11	Sure ready coffee check you can deploy gracias green	\N	2026-01-01 00:10:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1199	47	27	Review straße the gracias this gracias bug ready	\N	2026-01-01 00:10:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1200	74	16	You can demo gracias slides the sure done deploy test résumé slides tomorrow test bug green green friday	\N	2026-01-01 00:10:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1201	34	39	Ticket test meeting deploy 🎉 demo naïve release lunch	\N	2026-01-01 00:11:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1202	66	12	Again build please done lunch release this ok again again merci	\N	2026-01-01 00:11:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1203	35	1	Ready meeting demo green ok hello test	\N	2026-01-01 00:11:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1204	61	38	Meeting lunch gracias friday danke please	\N	2026-01-01 00:11:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1205	57	6	Tomorrow 👍 you friday tomorrow merci is deploy the danke straße again green slides straße sure	\N	2026-01-01 00:11:02+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [10]], ["👍", [6]]]	f
1206	43	36	This meeting green спасибо résumé slides green release please ticket coffee ありがとう test	\N	2026-01-01 00:11:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [28]], ["🙏", [36]]]	f
1207	32	36	Ok release résumé gracias спасибо check naïve danke meeting demo ok 🎉 deploy release спасибо merci	\N	2026-01-01 00:11:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1208	70	40	Green	\N	2026-01-01 00:11:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1209	48	9	Café hello bug	\N	2026-01-01 00:11:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1210	48	2	Later please deploy demo the merci green this ok bug hello can please	\N	2026-01-01 00:11:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1211	57	6	Straße naïve naïve 👍	\N	2026-01-01 00:11:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1212	12	38	This check hello can naïve tomorrow friday again danke sure review done this gracias	\N	2026-01-01 00:11:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1213	26	3	Ticket meeting coffee build please can build meeting check slides you can green	\N	2026-01-01 00:11:06+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1214	21	39	Again ready bug meeting done done coffee is is	\N	2026-01-01 00:11:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1215	6	18	Danke naïve friday review deploy bug 🎉 you hello straße	\N	2026-01-01 00:11:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1216	6	18	Спасибо 🎉 résumé check build résumé friday	\N	2026-01-01 00:11:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1217	17	25	Is later ok naïve straße meeting café straße meeting you ok bug please demo can deploy release merci	\N	2026-01-01 00:11:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1218	34	39	🎉	\N	2026-01-01 00:11:08.5+00	\N	1201	39	Ticket test meeting deploy 🎉 demo naïve release lunch	\N	\N	\N	{}	\N	f
1219	12	33	Friday slides is demo lunch coffee meeting friday you check again this	\N	2026-01-01 00:11:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1220	22	29	Tomorrow meeting bug café café demo café merci ready later please demo the the	\N	2026-01-01 00:11:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1221	6	18	Hello done friday done please slides café test coffee deploy release café again can	\N	2026-01-01 00:11:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1222	59	13	Naïve naïve ok ticket merci straße review merci 👍 ticket check straße coffee can meeting test	\N	2026-01-01 00:11:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1223	19	6	Résumé hello danke ありがとう 🎉 спасибо check	\N	2026-01-01 00:11:11+00	\N	1166	6	Gracias release hello check done is green the résumé résumé ありがとう demo bug friday ok bug lunch merci	\N	\N	\N	{}	[["👍", [6]], ["😂", [1]]]	f
1224	63	15	Hello lunch build café test you coffee tomorrow ありがとう 👍 sure	\N	2026-01-01 00:11:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1225	38	11	Ticket hello straße again	\N	2026-01-01 00:11:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1226	11	11	Naïve sure again check build ready 👍 the the is green 🎉	\N	2026-01-01 00:11:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1227	41	39	Please ok is deploy hello 👍 coffee release hello ありがとう gracias спасибо lunch friday merci ありがとう done	\N	2026-01-01 00:11:13+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [33]]]	f
1228	57	10	Hello résumé coffee demo tomorrow bug naïve спасибо gracias спасибо later ok	\N	2026-01-01 00:11:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1229	15	3	Demo again gracias please ready tomorrow tomorrow lunch meeting ok demo	\N	2026-01-01 00:11:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1233	25	17	Danke can this done résumé	\N	2026-01-01 00:11:16+00	\N	1021	17	Check can coffee résumé 👍 gracias demo résumé	\N	\N	\N	{}	\N	f
1234	53	27	Спасибо green build café again	\N	2026-01-01 00:11:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1235	38	11	Can	\N	2026-01-01 00:11:17+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1236	57	10	Tomorrow meeting bug café café demo café merci ready later please demo the the	\N	2026-01-01 00:11:17.5+00	\N	1231	6	Café gracias coffee спасибо test	\N	\N	\N	{}	\N	f
1237	27	7	Спасибо deploy demo ok is lunch straße green again you résumé test release done résumé ok bug	\N	2026-01-01 00:11:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1238	57	6	Review check straße sure 🎉	\N	2026-01-01 00:11:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [10]], ["🎉", [6]]]	f
1239	57	6	Later lunch meeting ticket gracias the can спасибо meeting this ok this lunch tomorrow deploy	\N	2026-01-01 00:11:19+00	\N	1238	6	Review check straße sure 🎉	\N	\N	\N	{}	\N	f
1240	63	15	Later gracias later tomorrow straße café naïve ok 👍 résumé release hello the	\N	2026-01-01 00:11:19.5+00	\N	1224	15	Hello lunch build café test you coffee tomorrow ありがとう 👍 sure	\N	\N	\N	{}	\N	f
1241	57	6	This спасибо green bug 👍 merci later check lunch hello	\N	2026-01-01 00:11:20+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [10]]]	f
1242	57	10	Danke coffee	\N	2026-01-01 00:11:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1243	57	6	Bug meeting naïve lunch tomorrow is review later again	\N	2026-01-01 00:11:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1244	11	19	Lunch can build test please test meeting café danke slides naïve ありがとう straße lunch release hello later release	\N	2026-01-01 00:11:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1245	70	40	Can sure you ok	\N	2026-01-01 00:11:22+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [40]], ["😂", [37]]]	f
1246	11	1	Sure friday the this	\N	2026-01-01 00:11:22.5+00	\N	1244	19	Lunch can build test please test meeting café danke slides naïve ありがとう straße lunch release hello later release	\N	\N	\N	{}	\N	f
1247	57	10	Tomorrow danke review can lunch the	\N	2026-01-01 00:11:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1248	45	11	Done release review straße can release lunch this demo 🎉 slides résumé 👍 gracias build naïve	\N	2026-01-01 00:11:23.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [11]]]	f
1249	63	7	Ready hello build lunch demo bug slides	\N	2026-01-01 00:11:24+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1250	16	9	Done demo again please later you	\N	2026-01-01 00:11:24.5+00	\N	1061	9	Build	\N	\N	\N	{}	\N	f
1251	21	10	Merci later can later the ありがとう 🎉 slides coffee meeting meeting gracias	\N	2026-01-01 00:11:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1252	57	10	@user0000010 Tomorrow friday bug résumé gracias meeting lunch hello check demo danke is danke done danke sure	\N	2026-01-01 00:11:25.5+00	\N	\N	\N	\N	\N	\N	\N	{10}	\N	f
1253	29	25	Later again gracias meeting спасибо ok friday hello the danke résumé tomorrow coffee	\N	2026-01-01 00:11:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1254	57	6	Later café sure hello	\N	2026-01-01 00:11:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1255	1	33	Bug you release ok lunch check ok ticket 🎉 🎉 check merci straße friday	\N	2026-01-01 00:11:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1256	13	29	Sure ありがとう bug gracias please straße is later naïve bug lunch friday ありがとう check	\N	2026-01-01 00:11:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1257	69	5	You deploy is	\N	2026-01-01 00:11:28+00	\N	962	6	Café straße can merci this deploy can meeting green ticket gracias straße ready done check danke again	\N	\N	\N	{}	\N	f
1258	20	40	Again café спасибо meeting review gracias	\N	2026-01-01 00:11:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1259	16	9	Build meeting release review release later tomorrow lunch tomorrow bug 👍 merci slides test danke ありがとう	\N	2026-01-01 00:11:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1260	43	28	Done ok bug gracias friday is gracias later is ok test café спасибо straße review hello done again	\N	2026-01-01 00:11:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [36]], ["👀", [28]]]	f
1261	53	1	Lunch test done hello tomorrow ready the	\N	2026-01-01 00:11:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1262	22	29	Please bug	\N	2026-01-01 00:11:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1263	57	10	Release tomorrow 🎉 merci test café tomorrow meeting deploy build	\N	2026-01-01 00:11:31+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [6, 10]]]	f
1264	8	19	Meeting résumé naïve build the résumé later check slides green review danke merci	\N	2026-01-01 00:11:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1265	57	10	Deploy test ticket lunch спасибо slides build ok hello 👍 demo friday review ticket this again done meeting	\N	2026-01-01 00:11:32+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1266	37	5	Green merci tomorrow lunch done meeting gracias sure check	\N	2026-01-01 00:11:32.5+00	\N	953	32	Is café this you is green again please slides café résumé café green	\N	\N	\N	{}	\N	f
1267	17	24	Again hello	\N	2026-01-01 00:11:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1268	22	29	Deploy please review 🎉 bug спасибо sure meeting ready build deploy bug gracias ticket	\N	2026-01-01 00:11:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1269	53	27	Спасибо спасибо hello friday test slides straße ready later check merci tomorrow please спасибо hello	\N	2026-01-01 00:11:34+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [1]]]	f
1270	57	10	Lunch gracias 🎉 the later test release sure release 👍 please the	\N	2026-01-01 00:11:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1271	27	2	Done build build naïve release résumé release	\N	2026-01-01 00:11:35+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [11]], ["🎉", [2]], ["👀", [40]]]	f
1272	46	5	Tomorrow danke спасибо test later the	\N	2026-01-01 00:11:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1273	27	2	Gracias 🎉 hello build ready review	\N	2026-01-01 00:11:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1274	22	7	Спасибо build café meeting straße straße спасибо meeting is build résumé build friday is ok slides résumé	\N	2026-01-01 00:11:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1275	57	10	Lunch lunch again sure please	\N	2026-01-01 00:11:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1276	75	36	ありがとう release merci ticket check спасибо ありがとう please résumé green tomorrow the	\N	2026-01-01 00:11:37.5+00	\N	989	36	Done later please sure coffee ready sure please demo ticket спасибо ありがとう	\N	\N	\N	{}	\N	f
1277	11	2	Straße tomorrow danke lunch lunch done	\N	2026-01-01 00:11:38+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1278	57	6	Ok green again please later please review café danke slides the done ready release gracias danke	\N	2026-01-01 00:11:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1279	75	36	Hello merci review build ticket merci is the спасибо	\N	2026-01-01 00:11:39+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [17]], ["😂", [36]]]	f
1280	57	10	Friday done check deploy lunch спасибо can friday danke ready ready coffee ticket can	\N	2026-01-01 00:11:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1281	64	24	Résumé gracias 🎉 bug résumé bug	\N	2026-01-01 00:11:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1282	17	24	Ready deploy again	\N	2026-01-01 00:11:40.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [24, 25]]]	f
1283	42	29	This résumé meeting merci release coffee release sure you meeting release demo ticket 🎉 later	\N	2026-01-01 00:11:41+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [29]], ["👍", [11]]]	f
1284	57	10	Coffee demo review sure friday café demo naïve bug please coffee again test	\N	2026-01-01 00:11:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [10]], ["🙏", [6]]]	f
1285	6	18	Bug bug this green naïve later hello	\N	2026-01-01 00:11:42+00	\N	1221	18	Hello done friday done please slides café test coffee deploy release café again can	\N	\N	\N	{}	\N	f
1286	77	3	You test gracias sure friday lunch test sure danke hello	\N	2026-01-01 00:11:42.5+00	\N	1142	4	Again review friday gracias ありがとう can	\N	\N	\N	{}	\N	f
1287	53	1	Ok ありがとう sure review review green this	\N	2026-01-01 00:11:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1288	2	31	Build build done deploy danke ticket review tomorrow build 👍 meeting test résumé green	\N	2026-01-01 00:11:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [31]]]	f
1289	23	2	Résumé 👍 ok deploy again test hello please sure the is this can again спасибо you demo bug	\N	2026-01-01 00:11:44+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [25]], ["👍", [2]]]	f
1290	57	6	👍 you lunch meeting спасибо deploy hello straße coffee 🎉 slides again naïve release	\N	2026-01-01 00:11:44.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1291	57	10	Slides ありがとう	\N	2026-01-01 00:11:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1292	57	10	Ok tomorrow lunch ok résumé again	\N	2026-01-01 00:11:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1293	74	16	Build straße this the straße release gracias 🎉 release again is café check ok naïve coffee	\N	2026-01-01 00:11:46+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [16]], ["👀", [24]]]	f
1294	31	16	Hello straße спасибо danke	\N	2026-01-01 00:11:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [11]]]	f
1295	57	10	Naïve meeting build green lunch gracias ticket friday	\N	2026-01-01 00:11:47+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1296	61	38	Спасибо friday can meeting ticket is slides naïve bug slides this later sure danke	\N	2026-01-01 00:11:47.5+00	\N	1204	38	Meeting lunch gracias friday danke please	\N	\N	\N	{}	\N	f
1297	74	16	Ticket coffee lunch the bug ready please gracias again ありがとう merci green coffee café спасибо	\N	2026-01-01 00:11:48+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [16]], ["👍", [24]]]	f
1298	57	6	Meeting is straße sure ticket ticket again	\N	2026-01-01 00:11:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1299	37	5	Ready slides спасибо tomorrow hello you merci спасибо 🎉 coffee please friday спасибо done is	\N	2026-01-01 00:11:49+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1300	58	10	Résumé	\N	2026-01-01 00:11:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1301	6	18	Bug 🎉 straße ok straße check you ok ready lunch slides	\N	2026-01-01 00:11:50+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1302	57	6	🎉 straße ありがとう check	\N	2026-01-01 00:11:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1303	78	19	This friday 👍 👍 can done sure спасибо review спасибо café tomorrow danke naïve 👍 gracias is lunch	\N	2026-01-01 00:11:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1304	60	39	🎉 can ticket can is deploy you lunch the 👍 👍 danke green gracias hello sure test	\N	2026-01-01 00:11:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [39]]]	f
1305	71	9	This done deploy straße slides slides спасибо café ready done	\N	2026-01-01 00:11:52+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1306	74	24	Ready gracias test hello résumé café is bug check straße check again slides	\N	2026-01-01 00:11:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1307	49	37	Sure slides ok merci 👍 bug hello coffee check build résumé hello ありがとう test coffee naïve	\N	2026-01-01 00:11:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1308	57	6	This gracias can meeting danke	\N	2026-01-01 00:11:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1309	57	10	Is review ありがとう you you 🎉 demo coffee build	\N	2026-01-01 00:11:54+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [6, 10]]]	f
1310	57	6	Friday green review	\N	2026-01-01 00:11:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1311	20	30	Review straße slides release ok please green this	\N	2026-01-01 00:11:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1312	40	29	Check 👍 demo please bug ready meeting slides	\N	2026-01-01 00:11:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1313	72	10	👍 check danke ok meeting coffee danke deploy test ready test спасибо this	\N	2026-01-01 00:11:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1314	8	19	Demo спасибо 👍 danke straße naïve coffee deploy ありがとう check résumé résumé 🎉 later	\N	2026-01-01 00:11:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [1, 19]]]	f
1315	17	24	Release 🎉	\N	2026-01-01 00:11:57+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1316	70	40	Lunch check gracias friday ok straße done check tomorrow	\N	2026-01-01 00:11:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1317	22	29	This can gracias please can ticket meeting done	\N	2026-01-01 00:11:58+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1318	67	1	@user0000014 Meeting danke demo résumé	\N	2026-01-01 00:11:58.5+00	\N	\N	\N	\N	\N	\N	\N	{14}	[["😂", [14]]]	f
1319	63	15	Deploy coffee you can please check	\N	2026-01-01 00:11:59+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1320	22	7	Bug	\N	2026-01-01 00:11:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1321	59	23	Bug demo ticket is ticket café later 🎉 demo check slides 👍 🎉 tomorrow demo is danke this	\N	2026-01-01 00:12:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1322	18	21	You can tomorrow release résumé you résumé	\N	2026-01-01 00:12:00.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1323	43	28	ありがとう merci check is	\N	2026-01-01 00:12:01+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1324	19	6	👍 build release please sure résumé café tomorrow	\N	2026-01-01 00:12:01.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1325	58	10	Is lunch ready coffee is 👍 résumé résumé спасибо ticket 👍 résumé	\N	2026-01-01 00:12:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1326	33	35	Deploy gracias the review please deploy straße danke спасибо ready bug slides check demo	\N	2026-01-01 00:12:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1327	11	2	Slides danke build ready bug build	\N	2026-01-01 00:12:03+00	\N	1277	2	Straße tomorrow danke lunch lunch done	\N	\N	\N	{}	\N	f
1328	57	10	@user0000006 Build danke can merci lunch you you ok	\N	2026-01-01 00:12:03.5+00	\N	\N	\N	\N	\N	\N	\N	{6}	\N	f
1329	8	19	Café gracias the build ありがとう straße sure demo check review bug tomorrow sure спасибо deploy the again hello	\N	2026-01-01 00:12:04+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1330	57	10	Merci this meeting later gracias merci build done again test straße later again	\N	2026-01-01 00:12:04.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [6]], ["😂", [10]]]	f
1331	4	29	Ok can this please release hello tomorrow ticket deploy спасибо is bug ticket naïve again again later	\N	2026-01-01 00:12:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1332	67	1	Danke naïve merci you review tomorrow ticket you lunch green ticket merci gracias again 🎉	\N	2026-01-01 00:12:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [1]], ["😂", [14]]]	f
1333	67	1	Again can done can 🎉 gracias naïve deploy tomorrow спасибо review can deploy coffee slides	\N	2026-01-01 00:12:06+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [14]]]	f
1334	45	11	Check ticket résumé ticket 🎉 friday is done	\N	2026-01-01 00:12:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [26]], ["👀", [11]]]	f
1335	57	6	Friday sure 🎉 done café café green	\N	2026-01-01 00:12:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1336	69	6	🎉 спасибо test build demo ticket naïve friday tomorrow ありがとう 🎉 done спасибо sure straße straße hello ready	\N	2026-01-01 00:12:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [29]], ["🙏", [39]]]	f
1337	61	38	Demo naïve спасибо build this again	\N	2026-01-01 00:12:08+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1338	73	40	The tomorrow lunch later café ok done review straße done later green sure check the the this	\N	2026-01-01 00:12:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1339	8	19	Résumé again merci résumé friday straße done café this	\N	2026-01-01 00:12:09+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1340	32	36	👍 lunch bug later meeting lunch build danke straße is deploy release ありがとう bug café please deploy	\N	2026-01-01 00:12:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1341	14	20	Demo again the sure test ready naïve deploy later build café hello ticket hello friday danke ok	\N	2026-01-01 00:12:10+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1342	50	8	Ready lunch friday bug the deploy	\N	2026-01-01 00:12:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1343	45	26	The build hello	\N	2026-01-01 00:12:11+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1344	57	6	Ticket danke please café 👍 hello merci naïve later can meeting	\N	2026-01-01 00:12:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1345	57	6	Meeting release coffee slides build tomorrow	\N	2026-01-01 00:12:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1346	21	40	Coffee deploy naïve green later ok	\N	2026-01-01 00:12:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1347	59	13	Ok 🎉 meeting café release straße	\N	2026-01-01 00:12:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1348	11	19	👍 review friday green merci is you build résumé release danke	\N	2026-01-01 00:12:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1349	57	10	Tomorrow slides can green coffee slides coffee lunch ありがとう tomorrow	\N	2026-01-01 00:12:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1350	8	1	🎉 again release green résumé release please can friday résumé the can	\N	2026-01-01 00:12:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1351	61	38	Demo naïve спасибо build this again	\N	2026-01-01 00:12:15+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1352	21	24	You review please you green lunch résumé done gracias build later test release test ticket check	\N	2026-01-01 00:12:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1353	42	11	Slides this straße ありがとう is	\N	2026-01-01 00:12:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1354	68	23	Hello 🎉 meeting hello this build build tomorrow friday ok 👍 résumé test merci bug tomorrow	\N	2026-01-01 00:12:16.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1355	8	1	Tomorrow test hello check coffee ready danke slides merci ok meeting hello naïve slides lunch	\N	2026-01-01 00:12:17+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [19]], ["🎉", [1]]]	f
1356	8	1	Please slides	\N	2026-01-01 00:12:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1357	75	36	Lunch ok you can 🎉 naïve bug	\N	2026-01-01 00:12:18+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1358	57	6	Ok straße sure is review bug again the is this coffee the coffee ticket test bug slides	\N	2026-01-01 00:12:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1359	8	1	Lunch sure done ready build green hello build	\N	2026-01-01 00:12:19+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1360	47	8	Merci deploy gracias green please hello build 🎉 deploy danke merci	\N	2026-01-01 00:12:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1361	35	23	Green спасибо ready friday bug café ok release merci résumé	\N	2026-01-01 00:12:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1362	57	10	Danke 👍 is tomorrow sure demo deploy the build	\N	2026-01-01 00:12:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1363	67	14	Café	\N	2026-01-01 00:12:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1364	78	8	Café you ticket	\N	2026-01-01 00:12:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1365	11	19	Ok deploy done green coffee hello hello release is later can is danke build	\N	2026-01-01 00:12:22+00	\N	1348	19	👍 review friday green merci is you build résumé release danke	\N	\N	\N	{}	\N	f
1366	65	1	Meeting meeting	\N	2026-01-01 00:12:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [17]], ["👀", [1]]]	f
1367	25	1	Café straße can merci this deploy can meeting green ticket gracias straße ready done check danke again	\N	2026-01-01 00:12:23+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1368	79	31	Ready release résumé release check this is deploy sure friday ready coffee	\N	2026-01-01 00:12:23.5+00	\N	1134	31	👍 gracias lunch ready	\N	\N	\N	{}	\N	f
1369	14	24	@user0000024 Hello release 👍 👍 test friday tomorrow coffee deploy is ok test meeting straße friday	\N	2026-01-01 00:12:24+00	\N	\N	\N	\N	\N	\N	\N	{24}	[["👀", [24]]]	f
1370	69	5	Sure coffee 👍 build again ready	\N	2026-01-01 00:12:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1371	16	26	Naïve tomorrow the this hello build naïve straße straße friday can	\N	2026-01-01 00:12:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1372	57	6	Sure friday	\N	2026-01-01 00:12:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1373	63	15	Can the coffee review build meeting ticket sure merci deploy ありがとう merci check slides	\N	2026-01-01 00:12:26+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [15]], ["🙏", [7]]]	f
1374	53	1	Build green lunch bug review green meeting straße later again bug deploy	\N	2026-01-01 00:12:26.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [1]], ["🙏", [27]]]	f
1375	57	6	Lunch ready test release this the friday gracias hello test later ticket green	\N	2026-01-01 00:12:27+00	\N	1372	6	Sure friday	\N	\N	\N	{}	\N	f
1376	65	1	Lunch gracias the merci meeting спасибо sure please gracias	\N	2026-01-01 00:12:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [1]], ["👍", [17]]]	f
1377	49	27	Merci tomorrow ok 🎉 slides release can sure ticket tomorrow naïve tomorrow later again	\N	2026-01-01 00:12:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1378	16	9	ありがとう check ok please lunch hello again check later ready	\N	2026-01-01 00:12:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1379	8	19	Ready gracias test hello résumé café is bug check straße check again slides	\N	2026-01-01 00:12:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1380	57	6	Test	\N	2026-01-01 00:12:29.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1381	57	10	Bug sure check	\N	2026-01-01 00:12:30+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1382	38	11	Review lunch sure café you is bug	\N	2026-01-01 00:12:30.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1383	42	29	Done later	\N	2026-01-01 00:12:31+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1384	78	9	Done ready straße 🎉 done 👍 coffee	\N	2026-01-01 00:12:31.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1385	63	7	Gracias please straße ありがとう meeting sure test sure deploy you hello hello coffee deploy спасибо please green meeting	\N	2026-01-01 00:12:32+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [7]], ["😂", [15]]]	f
1386	11	19	Sure green release hello ありがとう	\N	2026-01-01 00:12:32.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [2]]]	f
1387	11	1	Demo slides build again done the check slides спасибо 🎉 demo ok	\N	2026-01-01 00:12:33+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1388	64	2	The again lunch bug sure ありがとう this you build	\N	2026-01-01 00:12:33.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1389	18	8	Tomorrow test	\N	2026-01-01 00:12:34+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1390	55	40	Meeting naïve the meeting you naïve please test tomorrow	\N	2026-01-01 00:12:34.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1391	38	31	Café the hello you coffee 🎉 please straße	\N	2026-01-01 00:12:35+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1392	12	32	Ticket naïve review friday please green danke danke 🎉 green straße hello danke green	\N	2026-01-01 00:12:35.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1393	12	22	🎉 danke café release	\N	2026-01-01 00:12:36+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1394	62	33	Danke danke please 🎉 danke green release review can	\N	2026-01-01 00:12:36.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1395	62	33	Café ticket later please	\N	2026-01-01 00:12:37+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1396	74	24	Again ready bug ありがとう slides green can	\N	2026-01-01 00:12:37.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1397	74	16	Ok slides	\N	2026-01-01 00:12:38+00	\N	1396	24	Again ready bug ありがとう slides green can	\N	\N	\N	{}	\N	f
1398	57	6	Please done спасибо friday ok is straße test friday the this bug danke green done can 🎉 demo	\N	2026-01-01 00:12:38.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1399	55	6	Later later deploy straße 🎉 coffee this test later ありがとう gracias friday this	\N	2026-01-01 00:12:39+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1400	57	10	Tomorrow this naïve danke спасибо please friday résumé danke 🎉 green hello	\N	2026-01-01 00:12:39.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1401	28	30	Check lunch coffee meeting green can done review café hello this 🎉 again deploy you review ok	\N	2026-01-01 00:12:40+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1402	57	10	Green 🎉 demo ready hello the danke review 🎉 sure can gracias 🎉	\N	2026-01-01 00:12:40.5+00	\N	1400	10	Tomorrow this naïve danke спасибо please friday résumé danke 🎉 green hello	\N	\N	\N	{}	\N	f
1403	57	10	Ticket 🎉 спасибо is straße test again café later 🎉 café danke later test gracias gracias résumé is	\N	2026-01-01 00:12:41+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1404	57	6	Café спасибо lunch deploy release ok test résumé résumé is done friday ticket hello sure naïve tomorrow later	\N	2026-01-01 00:12:41.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1405	5	21	ありがとう ticket ok bug friday ありがとう	\N	2026-01-01 00:12:42+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1406	45	11	👍	\N	2026-01-01 00:12:42.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1407	57	6	Later straße green straße test please test спасибо is tomorrow	\N	2026-01-01 00:12:43+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1408	15	1	Release спасибо спасибо ticket release deploy bug is hello meeting check please	\N	2026-01-01 00:12:43.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1409	45	11	Test	\N	2026-01-01 00:12:44+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1410	57	10	Coffee tomorrow ticket done build ticket bug ありがとう	\N	2026-01-01 00:12:44.5+00	\N	1407	6	Later straße green straße test please test спасибо is tomorrow	\N	\N	\N	{}	\N	f
1411	57	6	Friday review danke green	\N	2026-01-01 00:12:45+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1412	33	18	Check please	\N	2026-01-01 00:12:45.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [18, 35]]]	f
1413	51	8	Review	\N	2026-01-01 00:12:46+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1414	38	31	Tomorrow later test hello	\N	2026-01-01 00:12:46.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1415	72	10	Sure ありがとう lunch 🎉 friday	\N	2026-01-01 00:12:47+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [17]]]	f
1416	64	2	Café	\N	2026-01-01 00:12:47.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1417	12	7	Again slides can	\N	2026-01-01 00:12:48+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1418	53	1	Ready demo test ok deploy tomorrow test green review	\N	2026-01-01 00:12:48.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1419	10	32	@user0000034 Ticket 👍 résumé done danke meeting meeting meeting build this review	\N	2026-01-01 00:12:49+00	\N	\N	\N	\N	\N	\N	\N	{34}	[["🎉", [25]]]	f
1420	20	40	Ticket 🎉 café the hello please test the ありがとう the bug café green please ready green ticket ありがとう	\N	2026-01-01 00:12:49.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1421	67	14	Bug merci danke release merci straße спасибо build this 👍 🎉 can meeting	\N	2026-01-01 00:12:50+00	\N	1363	14	Café	\N	\N	\N	{}	\N	f
1467	45	26	Friday 🎉 merci tomorrow friday meeting ticket again tomorrow the lunch lunch	\N	2026-01-01 00:13:13+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1422	57	10	Review can green release slides build release 👍 deploy meeting 🎉 is ok again review review lunch friday	\N	2026-01-01 00:12:50.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [6]], ["🙏", [10]]]	f
1423	76	8	The	\N	2026-01-01 00:12:51+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1424	6	18	Slides bug danke review check check deploy gracias ready gracias slides test bug build done sure friday build	\N	2026-01-01 00:12:51.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1425	43	28	Résumé please ready demo is release merci	\N	2026-01-01 00:12:52+00	\N	1323	28	ありがとう merci check is	\N	\N	\N	{}	\N	f
1426	22	29	Lunch again 🎉 you naïve спасибо	\N	2026-01-01 00:12:52.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [29]]]	f
1427	25	27	ありがとう	\N	2026-01-01 00:12:53+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1428	8	1	Merci hello demo release résumé straße done build café	\N	2026-01-01 00:12:53.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1429	2	37	Meeting is straße sure ticket ticket again	\N	2026-01-01 00:12:54+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1430	22	7	Hello check tomorrow check again deploy gracias lunch build demo спасибо friday ありがとう lunch	\N	2026-01-01 00:12:54.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1431	57	6	Can you done résumé coffee deploy straße café the friday merci test slides	\N	2026-01-01 00:12:55+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1432	57	10	ありがとう lunch 👍	\N	2026-01-01 00:12:55.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1433	57	6	Release спасибо 🎉 this merci meeting ticket can again 👍 résumé ありがとう review	\N	2026-01-01 00:12:56+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1434	27	40	Hello friday 👍 this bug slides is спасибо green done lunch this tomorrow test tomorrow	\N	2026-01-01 00:12:56.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1435	42	29	Is you test the merci can	\N	2026-01-01 00:12:57+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [11]]]	f
1436	8	1	Спасибо bug again done	\N	2026-01-01 00:12:57.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1437	65	1	Merci спасибо release	\N	2026-01-01 00:12:58+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [1]], ["👍", [17]]]	f
1438	11	19	Lunch release this straße build check 🎉 résumé please café green ありがとう ready deploy you sure review	\N	2026-01-01 00:12:58.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1439	67	14	Can test this hello this is naïve deploy deploy the sure merci bug build ありがとう	\N	2026-01-01 00:12:59+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [1]]]	f
1440	35	1	Ready green check lunch later you test bug you ok ticket release meeting again review straße naïve	\N	2026-01-01 00:12:59.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1441	22	29	Meeting deploy deploy café the gracias is résumé	\N	2026-01-01 00:13:00+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1442	10	16	Friday friday ticket 🎉 ready meeting check hello naïve ok	\N	2026-01-01 00:13:00.5+00	\N	1419	32	@user0000034 Ticket 👍 résumé done danke meeting meeting meeting build this review	\N	\N	\N	{}	\N	f
1443	57	6	Hello danke deploy review meeting coffee straße résumé review merci tomorrow 🎉 can	\N	2026-01-01 00:13:01+00	\N	1433	6	Release спасибо 🎉 this merci meeting ticket can again 👍 résumé ありがとう review	\N	\N	\N	{}	[["❤️", [10]], ["🎉", [6]]]	f
1444	58	10	ありがとう 👍 release 🎉 bug	\N	2026-01-01 00:13:01.5+00	\N	1325	10	Is lunch ready coffee is 👍 résumé résumé спасибо ticket 👍 résumé	\N	\N	\N	{}	\N	f
1445	71	9	Review later review hello done naïve demo again deploy	\N	2026-01-01 00:13:02+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1446	4	16	Résumé the can straße ticket test again	\N	2026-01-01 00:13:02.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1447	37	32	Build tomorrow café coffee demo	\N	2026-01-01 00:13:03+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1448	6	38	Danke done 👍 sure ready test later naïve check review merci again ready résumé straße done спасибо	\N	2026-01-01 00:13:03.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [38]], ["😂", [18]]]	f
1449	48	9	Please lunch later résumé build	\N	2026-01-01 00:13:04+00	\N	1210	2	Later please deploy demo the merci green this ok bug hello can please	\N	\N	\N	{}	[["❤️", [9]], ["🎉", [2]]]	f
1450	76	1	Is ありがとう release 🎉 deploy café résumé release спасибо coffee you hello later deploy café deploy	\N	2026-01-01 00:13:04.5+00	\N	1423	8	The	\N	\N	\N	{}	[["🎉", [1]], ["👀", [8]]]	f
1451	68	26	The ありがとう review done meeting	\N	2026-01-01 00:13:05+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1452	57	6	Café café résumé review ok sure release demo tomorrow ok green	\N	2026-01-01 00:13:05.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1453	45	26	Спасибо check release danke 🎉 deploy tomorrow спасибо	\N	2026-01-01 00:13:06+00	\N	1409	11	Test	\N	\N	\N	{}	\N	f
1454	36	27	Deploy check please résumé résumé friday	\N	2026-01-01 00:13:06.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1455	34	20	Bug hello release ready release review sure this merci résumé naïve coffee meeting test build done slides the	\N	2026-01-01 00:13:07+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1456	22	29	Meeting danke tomorrow ticket	\N	2026-01-01 00:13:07.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [29]], ["🙏", [7]]]	f
1457	25	17	Merci	\N	2026-01-01 00:13:08+00	\N	1427	27	ありがとう	\N	\N	\N	{}	\N	f
1458	57	6	Merci ticket straße sure demo you test demo test meeting 🎉 café release	\N	2026-01-01 00:13:08.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1459	7	31	Résumé danke please ready bug release build ok this спасибо check	\N	2026-01-01 00:13:09+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [3]]]	f
1460	67	14	Deploy meeting this later done 👍 done straße ありがとう slides 👍 👍 the hello lunch build later	\N	2026-01-01 00:13:09.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1461	10	34	Bug straße hello merci ok this ticket	\N	2026-01-01 00:13:10+00	\N	1442	16	Friday friday ticket 🎉 ready meeting check hello naïve ok	\N	\N	\N	{}	\N	f
1462	15	3	Bug спасибо sure friday спасибо	\N	2026-01-01 00:13:10.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1463	27	40	👍 lunch bug later meeting lunch build danke straße is deploy release ありがとう bug café please deploy	\N	2026-01-01 00:13:11+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [2]]]	f
1464	1	24	Check ready sure review check this résumé	\N	2026-01-01 00:13:11.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🙏", [15, 37]]]	f
1465	21	4	Build	\N	2026-01-01 00:13:12+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1466	57	6	Test build coffee meeting check	\N	2026-01-01 00:13:12.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1468	55	12	The release 👍 danke review this is again is later gracias naïve review sure green tomorrow спасибо is	\N	2026-01-01 00:13:13.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1469	57	10	Danke 🎉	\N	2026-01-01 00:13:14+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1470	56	17	Done naïve coffee deploy slides you hello	\N	2026-01-01 00:13:14.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1471	13	24	Demo again the sure test ready naïve deploy later build café hello ticket hello friday danke ok	\N	2026-01-01 00:13:15+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [25]], ["🎉", [30]], ["🙏", [2]]]	f
1472	57	10	Lunch meeting this build is	\N	2026-01-01 00:13:15.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1473	78	19	Release ok you the build deploy demo danke danke the you again build release	\N	2026-01-01 00:13:16+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1474	12	30	Release ok green friday coffee please this this lunch danke ticket 👍 done green test 👍 lunch	\N	2026-01-01 00:13:16.5+00	\N	1417	7	Again slides can	\N	\N	\N	{}	\N	f
1475	22	7	Bug check 👍 bug coffee again is ok friday friday can	\N	2026-01-01 00:13:17+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👍", [29]]]	f
1476	28	11	Tomorrow 🎉 спасибо ok build ありがとう tomorrow	\N	2026-01-01 00:13:17.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [33, 38]], ["🎉", [23]]]	f
1477	15	3	Review is friday meeting friday can ticket gracias demo test café lunch naïve the 👍 check	\N	2026-01-01 00:13:18+00	\N	1462	3	Bug спасибо sure friday спасибо	\N	\N	\N	{}	\N	f
1478	57	6	Friday meeting meeting ticket ticket demo meeting café résumé slides hello merci ok this sure	\N	2026-01-01 00:13:18.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1479	24	10	Please release sure coffee ticket this again merci	\N	2026-01-01 00:13:19+00	\N	1190	8	Green merci 🎉 later later done review please ticket is	\N	\N	\N	{}	\N	f
1480	27	2	Café slides спасибо tomorrow tomorrow café résumé ありがとう спасибо can demo meeting 🎉 👍 demo 👍	\N	2026-01-01 00:13:19.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1481	57	6	Спасибо merci the done bug lunch ありがとう bug sure tomorrow ありがとう résumé café please ok done	\N	2026-01-01 00:13:20+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1482	25	34	Ready straße deploy	\N	2026-01-01 00:13:20.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1483	75	36	🎉 again can 🎉 danke bug ok спасибо can this review	\N	2026-01-01 00:13:21+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1484	11	2	Slides 👍 🎉 demo ready ready friday slides green done slides check later	\N	2026-01-01 00:13:21.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1485	53	1	Sure 🎉 🎉	\N	2026-01-01 00:13:22+00	\N	\N	\N	\N	\N	\N	\N	{}	[["👀", [1]]]	f
1486	20	30	Slides 👍 🎉 demo ready ready friday slides green done slides check later	\N	2026-01-01 00:13:22.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1487	11	11	Review tomorrow ready you спасибо this	\N	2026-01-01 00:13:23+00	\N	\N	\N	\N	\N	\N	\N	{}	[["❤️", [2, 11]], ["😂", [1]]]	f
1488	74	24	@user0000016 Merci please bug meeting ticket check	\N	2026-01-01 00:13:23.5+00	\N	\N	\N	\N	\N	\N	\N	{16}	[["🙏", [24]]]	f
1489	62	33	Ok friday later bug	\N	2026-01-01 00:13:24+00	\N	\N	\N	\N	\N	\N	\N	{}	[["🎉", [33]], ["😂", [30]]]	f
1490	57	10	Tomorrow done green deploy green can review the green	\N	2026-01-01 00:13:24.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1491	34	4	The demo naïve the can this	\N	2026-01-01 00:13:25+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1492	39	31	ありがとう lunch 👍	\N	2026-01-01 00:13:25.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1493	57	10	Sure tomorrow test build	\N	2026-01-01 00:13:26+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1494	20	30	Gracias please ok naïve	\N	2026-01-01 00:13:26.5+00	\N	1486	30	Slides 👍 🎉 demo ready ready friday slides green done slides check later	\N	\N	\N	{}	\N	f
1495	74	24	Sure build please this bug release the sure ready slides test is ready the coffee café	\N	2026-01-01 00:13:27+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1496	53	27	Green sure friday done danke test gracias meeting café	\N	2026-01-01 00:13:27.5+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1497	63	15	The you	\N	2026-01-01 00:13:28+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1498	22	7	Again café спасибо meeting review gracias	\N	2026-01-01 00:13:28.5+00	\N	\N	\N	\N	\N	\N	\N	{}	[["😂", [7]]]	f
1499	11	2	You résumé you ok the deploy build ok done done	\N	2026-01-01 00:13:29+00	\N	\N	\N	\N	\N	\N	\N	{}	\N	f
1500	57	10	👍	\N	2026-01-01 00:13:29.5+00	\N	1493	10	Sure tomorrow test build	\N	\N	\N	{}	\N	f
\.


--
-- Data for Name: attachments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.attachments (id, chat_id, message_id, user_id, filename, content_type, size, storage_key, created_at) FROM stdin;
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
1	7	owner	2026-01-01 00:00:00+00	663	1464	f
1	15	member	2026-01-01 00:00:00+00	663	1464	f
1	24	member	2026-01-01 00:00:00+00	699	1464	f
1	37	member	2026-01-01 00:00:00+00	663	1464	f
1	34	member	2026-01-01 00:00:00+00	699	1464	f
1	38	member	2026-01-01 00:00:00+00	699	1464	f
1	33	member	2026-01-01 00:00:00+00	943	1464	f
2	31	member	2026-01-01 00:00:00.01+00	1024	1429	f
2	37	member	2026-01-01 00:00:00.01+00	1174	1429	f
3	6	owner	2026-01-01 00:00:00.02+00	777	1042	f
3	4	member	2026-01-01 00:00:00.02+00	157	1042	f
3	26	member	2026-01-01 00:00:00.02+00	157	1042	f
3	2	member	2026-01-01 00:00:00.02+00	777	1042	f
3	20	member	2026-01-01 00:00:00.02+00	777	1042	f
4	16	owner	2026-01-01 00:00:00.03+00	1331	1446	f
4	33	member	2026-01-01 00:00:00.03+00	1119	1446	f
4	32	member	2026-01-01 00:00:00.03+00	1331	1446	f
4	29	member	2026-01-01 00:00:00.03+00	1119	1446	f
5	7	member	2026-01-01 00:00:00.04+00	1060	1405	f
5	21	member	2026-01-01 00:00:00.04+00	913	1405	f
6	18	member	2026-01-01 00:00:00.05+00	1178	1448	f
6	38	member	2026-01-01 00:00:00.05+00	1301	1448	f
7	3	member	2026-01-01 00:00:00.06+00	567	1459	f
7	31	member	2026-01-01 00:00:00.06+00	905	1459	f
8	1	member	2026-01-01 00:00:00.07+00	974	1436	f
8	19	member	2026-01-01 00:00:00.07+00	974	1436	f
9	32	owner	2026-01-01 00:00:00.08+00	0	3	f
9	16	member	2026-01-01 00:00:00.08+00	0	3	f
9	19	member	2026-01-01 00:00:00.08+00	0	3	f
9	12	member	2026-01-01 00:00:00.08+00	0	3	f
9	20	member	2026-01-01 00:00:00.08+00	0	3	f
10	34	owner	2026-01-01 00:00:00.09+00	903	1461	f
10	25	member	2026-01-01 00:00:00.09+00	1183	1461	f
10	32	member	2026-01-01 00:00:00.09+00	1086	1461	f
10	16	member	2026-01-01 00:00:00.09+00	919	1461	f
11	11	owner	2026-01-01 00:00:00.1+00	1365	1499	f
11	19	member	2026-01-01 00:00:00.1+00	1387	1499	f
11	1	member	2026-01-01 00:00:00.1+00	1232	1499	f
11	2	member	2026-01-01 00:00:00.1+00	934	1499	f
12	22	owner	2026-01-01 00:00:00.11+00	854	1474	f
12	18	member	2026-01-01 00:00:00.11+00	1393	1474	f
12	32	member	2026-01-01 00:00:00.11+00	851	1474	f
12	25	member	2026-01-01 00:00:00.11+00	884	1474	f
12	30	member	2026-01-01 00:00:00.11+00	1417	1474	f
12	33	member	2026-01-01 00:00:00.11+00	854	1474	f
12	2	member	2026-01-01 00:00:00.11+00	1219	1474	f
12	7	member	2026-01-01 00:00:00.11+00	1026	1474	f
12	38	member	2026-01-01 00:00:00.11+00	1026	1474	f
12	17	member	2026-01-01 00:00:00.11+00	819	1474	f
12	4	member	2026-01-01 00:00:00.11+00	1219	1474	f
12	14	member	2026-01-01 00:00:00.11+00	891	1474	f
13	24	owner	2026-01-01 00:00:00.12+00	1028	1471	f
13	38	member	2026-01-01 00:00:00.12+00	1151	1471	f
13	25	member	2026-01-01 00:00:00.12+00	749	1471	f
13	11	member	2026-01-01 00:00:00.12+00	1151	1471	f
13	18	member	2026-01-01 00:00:00.12+00	1256	1471	f
13	37	member	2026-01-01 00:00:00.12+00	1106	1471	f
13	30	member	2026-01-01 00:00:00.12+00	1013	1471	f
13	1	member	2026-01-01 00:00:00.12+00	1256	1471	f
13	29	member	2026-01-01 00:00:00.12+00	749	1471	f
13	2	member	2026-01-01 00:00:00.12+00	1028	1471	f
13	5	member	2026-01-01 00:00:00.12+00	1151	1471	f
13	36	member	2026-01-01 00:00:00.12+00	813	1471	f
13	12	member	2026-01-01 00:00:00.12+00	813	1471	f
13	40	member	2026-01-01 00:00:00.12+00	911	1471	f
13	3	member	2026-01-01 00:00:00.12+00	911	1471	f
13	10	member	2026-01-01 00:00:00.12+00	720	1471	f
13	9	member	2026-01-01 00:00:00.12+00	1045	1471	f
13	34	member	2026-01-01 00:00:00.12+00	749	1471	f
13	7	member	2026-01-01 00:00:00.12+00	1256	1471	f
13	23	member	2026-01-01 00:00:00.12+00	1256	1471	f
13	27	member	2026-01-01 00:00:00.12+00	1106	1471	f
13	21	member	2026-01-01 00:00:00.12+00	749	1471	f
14	20	member	2026-01-01 00:00:00.13+00	725	1369	f
14	24	member	2026-01-01 00:00:00.13+00	724	1369	f
15	1	member	2026-01-01 00:00:00.14+00	1462	1477	f
15	3	member	2026-01-01 00:00:00.14+00	947	1477	f
16	9	member	2026-01-01 00:00:00.15+00	858	1378	f
16	26	member	2026-01-01 00:00:00.15+00	1259	1378	f
17	24	member	2026-01-01 00:00:00.16+00	1217	1315	f
17	25	member	2026-01-01 00:00:00.16+00	1032	1315	f
18	16	owner	2026-01-01 00:00:00.17+00	740	1389	f
18	8	member	2026-01-01 00:00:00.17+00	618	1389	f
18	21	member	2026-01-01 00:00:00.17+00	740	1389	f
18	2	member	2026-01-01 00:00:00.17+00	971	1389	f
19	1	member	2026-01-01 00:00:00.18+00	1166	1324	f
19	6	member	2026-01-01 00:00:00.18+00	1166	1324	f
20	30	member	2026-01-01 00:00:00.19+00	1258	1494	f
20	40	member	2026-01-01 00:00:00.19+00	930	1494	f
21	4	owner	2026-01-01 00:00:00.2+00	1067	1465	f
21	39	member	2026-01-01 00:00:00.2+00	1099	1465	f
21	13	member	2026-01-01 00:00:00.2+00	1099	1465	f
21	2	member	2026-01-01 00:00:00.2+00	1251	1465	f
21	19	member	2026-01-01 00:00:00.2+00	1162	1465	f
21	24	member	2026-01-01 00:00:00.2+00	1352	1465	f
21	36	member	2026-01-01 00:00:00.2+00	1067	1465	f
21	10	member	2026-01-01 00:00:00.2+00	1156	1465	f
21	6	member	2026-01-01 00:00:00.2+00	1156	1465	f
21	5	member	2026-01-01 00:00:00.2+00	1063	1465	f
21	40	member	2026-01-01 00:00:00.2+00	1063	1465	f
22	7	member	2026-01-01 00:00:00.21+00	1100	1498	f
22	29	member	2026-01-01 00:00:00.21+00	1426	1498	f
23	2	member	2026-01-01 00:00:00.22+00	980	1289	f
23	25	member	2026-01-01 00:00:00.22+00	1181	1289	f
24	8	member	2026-01-01 00:00:00.23+00	750	1479	f
24	10	member	2026-01-01 00:00:00.23+00	765	1479	f
25	17	owner	2026-01-01 00:00:00.24+00	1457	1482	f
25	1	member	2026-01-01 00:00:00.24+00	1021	1482	f
25	27	member	2026-01-01 00:00:00.24+00	1427	1482	f
25	34	member	2026-01-01 00:00:00.24+00	1233	1482	f
26	3	member	2026-01-01 00:00:00.25+00	572	1213	f
26	20	member	2026-01-01 00:00:00.25+00	694	1213	f
27	2	owner	2026-01-01 00:00:00.26+00	1463	1480	f
27	11	member	2026-01-01 00:00:00.26+00	1463	1480	f
27	7	member	2026-01-01 00:00:00.26+00	938	1480	f
27	40	member	2026-01-01 00:00:00.26+00	915	1480	f
28	29	owner	2026-01-01 00:00:00.27+00	910	1476	f
28	38	member	2026-01-01 00:00:00.27+00	769	1476	f
28	11	member	2026-01-01 00:00:00.27+00	1401	1476	f
28	33	member	2026-01-01 00:00:00.27+00	910	1476	f
28	30	member	2026-01-01 00:00:00.27+00	910	1476	f
28	31	member	2026-01-01 00:00:00.27+00	1401	1476	f
28	20	member	2026-01-01 00:00:00.27+00	1401	1476	f
28	2	member	2026-01-01 00:00:00.27+00	1401	1476	f
28	13	member	2026-01-01 00:00:00.27+00	910	1476	f
28	23	member	2026-01-01 00:00:00.27+00	910	1476	f
29	3	member	2026-01-01 00:00:00.28+00	229	1253	f
29	25	member	2026-01-01 00:00:00.28+00	1130	1253	f
30	35	owner	2026-01-01 00:00:00.29+00	660	826	f
30	30	member	2026-01-01 00:00:00.29+00	520	826	f
30	24	member	2026-01-01 00:00:00.29+00	635	826	f
30	21	member	2026-01-01 00:00:00.29+00	635	826	f
31	11	member	2026-01-01 00:00:00.3+00	882	1294	f
31	16	member	2026-01-01 00:00:00.3+00	692	1294	f
32	35	member	2026-01-01 00:00:00.31+00	1207	1340	f
32	36	member	2026-01-01 00:00:00.31+00	931	1340	f
33	18	member	2026-01-01 00:00:00.32+00	958	1412	f
33	35	member	2026-01-01 00:00:00.32+00	960	1412	f
34	20	owner	2026-01-01 00:00:00.33+00	1154	1491	f
34	4	member	2026-01-01 00:00:00.33+00	859	1491	f
34	15	member	2026-01-01 00:00:00.33+00	751	1491	f
34	39	member	2026-01-01 00:00:00.33+00	832	1491	f
35	1	member	2026-01-01 00:00:00.34+00	1361	1440	f
35	23	member	2026-01-01 00:00:00.34+00	1203	1440	f
36	27	member	2026-01-01 00:00:00.35+00	779	1454	f
36	35	member	2026-01-01 00:00:00.35+00	746	1454	f
37	5	member	2026-01-01 00:00:00.36+00	1299	1447	f
37	32	member	2026-01-01 00:00:00.36+00	1299	1447	f
38	11	member	2026-01-01 00:00:00.37+00	1225	1414	f
38	31	member	2026-01-01 00:00:00.37+00	1391	1414	f
39	4	member	2026-01-01 00:00:00.38+00	839	1492	f
39	31	member	2026-01-01 00:00:00.38+00	702	1492	f
40	1	member	2026-01-01 00:00:00.39+00	1113	1312	f
40	29	member	2026-01-01 00:00:00.39+00	668	1312	f
41	33	member	2026-01-01 00:00:00.4+00	1033	1227	f
41	39	member	2026-01-01 00:00:00.4+00	888	1227	f
42	11	member	2026-01-01 00:00:00.41+00	1383	1435	f
42	29	member	2026-01-01 00:00:00.41+00	863	1435	f
43	28	member	2026-01-01 00:00:00.42+00	1260	1425	f
43	36	member	2026-01-01 00:00:00.42+00	909	1425	f
44	22	member	2026-01-01 00:00:00.43+00	918	1052	f
44	28	member	2026-01-01 00:00:00.43+00	1009	1052	f
45	11	member	2026-01-01 00:00:00.44+00	1406	1467	f
45	26	member	2026-01-01 00:00:00.44+00	994	1467	f
46	16	owner	2026-01-01 00:00:00.45+00	457	1272	f
46	36	member	2026-01-01 00:00:00.45+00	457	1272	f
46	5	member	2026-01-01 00:00:00.45+00	457	1272	f
46	3	member	2026-01-01 00:00:00.45+00	515	1272	f
46	1	member	2026-01-01 00:00:00.45+00	457	1272	f
46	29	member	2026-01-01 00:00:00.45+00	94	1272	f
47	17	owner	2026-01-01 00:00:00.46+00	1070	1360	f
47	27	member	2026-01-01 00:00:00.46+00	1077	1360	f
47	8	member	2026-01-01 00:00:00.46+00	1077	1360	f
47	30	member	2026-01-01 00:00:00.46+00	1016	1360	f
48	2	member	2026-01-01 00:00:00.47+00	1210	1449	f
48	9	member	2026-01-01 00:00:00.47+00	1133	1449	f
49	27	member	2026-01-01 00:00:00.48+00	1003	1377	f
49	37	member	2026-01-01 00:00:00.48+00	1307	1377	f
50	32	owner	2026-01-01 00:00:00.49+00	1057	1342	f
50	15	member	2026-01-01 00:00:00.49+00	1080	1342	f
50	8	member	2026-01-01 00:00:00.49+00	964	1342	f
50	22	member	2026-01-01 00:00:00.49+00	1080	1342	f
51	8	member	2026-01-01 00:00:00.5+00	764	1413	f
51	31	member	2026-01-01 00:00:00.5+00	1157	1413	f
52	30	member	2026-01-01 00:00:00.51+00	223	265	f
52	31	member	2026-01-01 00:00:00.51+00	114	265	f
53	1	member	2026-01-01 00:00:00.52+00	1269	1496	f
53	27	member	2026-01-01 00:00:00.52+00	1098	1496	f
54	9	owner	2026-01-01 00:00:00.53+00	787	1073	f
54	5	member	2026-01-01 00:00:00.53+00	259	1073	f
54	23	member	2026-01-01 00:00:00.53+00	259	1073	f
54	37	member	2026-01-01 00:00:00.53+00	787	1073	f
54	32	member	2026-01-01 00:00:00.53+00	259	1073	f
54	11	member	2026-01-01 00:00:00.53+00	787	1073	f
54	8	member	2026-01-01 00:00:00.53+00	259	1073	f
55	12	owner	2026-01-01 00:00:00.54+00	1399	1468	f
55	31	member	2026-01-01 00:00:00.54+00	954	1468	f
55	6	member	2026-01-01 00:00:00.54+00	1399	1468	f
55	11	member	2026-01-01 00:00:00.54+00	970	1468	f
55	40	member	2026-01-01 00:00:00.54+00	954	1468	f
55	22	member	2026-01-01 00:00:00.54+00	1399	1468	f
56	15	owner	2026-01-01 00:00:00.55+00	756	1470	f
56	36	member	2026-01-01 00:00:00.55+00	611	1470	f
56	17	member	2026-01-01 00:00:00.55+00	712	1470	f
56	38	member	2026-01-01 00:00:00.55+00	712	1470	f
57	6	member	2026-01-01 00:00:00.56+00	1458	1500	f
57	10	member	2026-01-01 00:00:00.56+00	1176	1500	f
58	10	member	2026-01-01 00:00:00.57+00	1300	1444	f
58	35	member	2026-01-01 00:00:00.57+00	1325	1444	f
59	13	member	2026-01-01 00:00:00.58+00	1015	1347	f
59	23	member	2026-01-01 00:00:00.58+00	1015	1347	f
60	3	owner	2026-01-01 00:00:00.59+00	1170	1304	f
60	39	member	2026-01-01 00:00:00.59+00	1170	1304	f
60	13	member	2026-01-01 00:00:00.59+00	1169	1304	f
60	7	member	2026-01-01 00:00:00.59+00	1170	1304	f
61	7	member	2026-01-01 00:00:00.6+00	1337	1351	f
61	38	member	2026-01-01 00:00:00.6+00	1296	1351	f
62	30	member	2026-01-01 00:00:00.61+00	959	1489	f
62	33	member	2026-01-01 00:00:00.61+00	906	1489	f
63	7	member	2026-01-01 00:00:00.62+00	1101	1497	f
63	15	member	2026-01-01 00:00:00.62+00	1249	1497	f
64	2	member	2026-01-01 00:00:00.63+00	927	1416	f
64	24	member	2026-01-01 00:00:00.63+00	1388	1416	f
65	1	member	2026-01-01 00:00:00.64+00	1366	1437	f
65	17	member	2026-01-01 00:00:00.64+00	1192	1437	f
66	32	owner	2026-01-01 00:00:00.65+00	536	1202	f
66	28	member	2026-01-01 00:00:00.65+00	536	1202	f
66	6	member	2026-01-01 00:00:00.65+00	1027	1202	f
66	12	member	2026-01-01 00:00:00.65+00	536	1202	f
67	1	member	2026-01-01 00:00:00.66+00	1160	1460	f
67	14	member	2026-01-01 00:00:00.66+00	1191	1460	f
68	23	owner	2026-01-01 00:00:00.67+00	1035	1451	f
68	26	member	2026-01-01 00:00:00.67+00	1084	1451	f
68	30	member	2026-01-01 00:00:00.67+00	1084	1451	f
68	31	member	2026-01-01 00:00:00.67+00	1127	1451	f
68	28	member	2026-01-01 00:00:00.67+00	1035	1451	f
69	39	owner	2026-01-01 00:00:00.68+00	962	1370	f
69	5	member	2026-01-01 00:00:00.68+00	1257	1370	f
69	29	member	2026-01-01 00:00:00.68+00	1336	1370	f
69	6	member	2026-01-01 00:00:00.68+00	1257	1370	f
70	37	member	2026-01-01 00:00:00.69+00	1245	1316	f
70	40	member	2026-01-01 00:00:00.69+00	850	1316	f
71	9	member	2026-01-01 00:00:00.7+00	1092	1445	f
71	15	member	2026-01-01 00:00:00.7+00	1136	1445	f
72	21	owner	2026-01-01 00:00:00.71+00	770	1415	f
72	17	member	2026-01-01 00:00:00.71+00	968	1415	f
72	22	member	2026-01-01 00:00:00.71+00	968	1415	f
72	10	member	2026-01-01 00:00:00.71+00	1313	1415	f
73	33	member	2026-01-01 00:00:00.72+00	676	1338	f
73	40	member	2026-01-01 00:00:00.72+00	717	1338	f
74	16	member	2026-01-01 00:00:00.73+00	1069	1495	f
74	24	member	2026-01-01 00:00:00.73+00	1200	1495	f
75	17	member	2026-01-01 00:00:00.74+00	1276	1483	f
75	36	member	2026-01-01 00:00:00.74+00	1276	1483	f
76	1	member	2026-01-01 00:00:00.75+00	1167	1450	f
76	8	member	2026-01-01 00:00:00.75+00	1423	1450	f
77	3	member	2026-01-01 00:00:00.76+00	1142	1286	f
77	4	member	2026-01-01 00:00:00.76+00	716	1286	f
78	19	owner	2026-01-01 00:00:00.77+00	1384	1473	f
78	27	member	2026-01-01 00:00:00.77+00	1140	1473	f
78	8	member	2026-01-01 00:00:00.77+00	1364	1473	f
78	36	member	2026-01-01 00:00:00.77+00	1023	1473	f
78	9	member	2026-01-01 00:00:00.77+00	1140	1473	f
79	31	member	2026-01-01 00:00:00.78+00	1108	1368	f
79	39	member	2026-01-01 00:00:00.78+00	1108	1368	f
80	29	member	2026-01-01 00:00:00.79+00	707	1038	f
80	33	member	2026-01-01 00:00:00.79+00	690	1038	f
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
22	50	9	2026-01-01 00:01:04+00
22	44	27	2026-01-01 00:01:13+00
29	22	111	2026-01-01 00:01:55+00
16	74	200	2026-01-01 00:02:39.5+00
16	18	228	2026-01-01 00:02:53.5+00
14	12	320	2026-01-01 00:03:39.5+00
33	12	437	2026-01-01 00:04:38+00
10	57	487	2026-01-01 00:05:03+00
27	13	502	2026-01-01 00:05:10.5+00
36	56	756	2026-01-01 00:07:17.5+00
14	67	829	2026-01-01 00:07:54+00
27	53	840	2026-01-01 00:07:59.5+00
33	12	877	2026-01-01 00:08:18+00
4	12	884	2026-01-01 00:08:21.5+00
32	12	1064	2026-01-01 00:09:51.5+00
10	57	1093	2026-01-01 00:10:06+00
14	67	1318	2026-01-01 00:11:58.5+00
6	57	1328	2026-01-01 00:12:03.5+00
34	10	1419	2026-01-01 00:12:49+00
16	74	1488	2026-01-01 00:13:23.5+00
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
1	👀	10	2026-01-01 00:01:00+00
1	👍	6	2026-01-01 00:01:00+00
3	👍	16	2026-01-01 00:01:01+00
6	❤️	6	2026-01-01 00:01:02.5+00
6	🙏	10	2026-01-01 00:01:02.5+00
11	👍	7	2026-01-01 00:01:05+00
11	👀	38	2026-01-01 00:01:05+00
12	🎉	26	2026-01-01 00:01:05.5+00
12	👍	9	2026-01-01 00:01:05.5+00
18	❤️	24	2026-01-01 00:01:08.5+00
18	❤️	20	2026-01-01 00:01:08.5+00
20	😂	19	2026-01-01 00:01:09.5+00
21	👍	24	2026-01-01 00:01:10+00
29	🙏	1	2026-01-01 00:01:14+00
29	👍	19	2026-01-01 00:01:14+00
31	🙏	10	2026-01-01 00:01:15+00
31	🙏	6	2026-01-01 00:01:15+00
37	😂	7	2026-01-01 00:01:18+00
37	😂	2	2026-01-01 00:01:18+00
37	❤️	40	2026-01-01 00:01:18+00
47	🎉	10	2026-01-01 00:01:23+00
47	😂	40	2026-01-01 00:01:23+00
52	❤️	10	2026-01-01 00:01:25.5+00
52	👍	6	2026-01-01 00:01:25.5+00
54	❤️	25	2026-01-01 00:01:26.5+00
54	🎉	3	2026-01-01 00:01:26.5+00
60	🙏	31	2026-01-01 00:01:29.5+00
60	👀	11	2026-01-01 00:01:29.5+00
64	🙏	7	2026-01-01 00:01:31.5+00
81	🙏	19	2026-01-01 00:01:40+00
87	🎉	6	2026-01-01 00:01:43+00
92	👍	1	2026-01-01 00:01:45.5+00
92	❤️	19	2026-01-01 00:01:45.5+00
93	😂	1	2026-01-01 00:01:46+00
93	👀	8	2026-01-01 00:01:46+00
94	👍	16	2026-01-01 00:01:46.5+00
94	❤️	3	2026-01-01 00:01:46.5+00
94	🎉	29	2026-01-01 00:01:46.5+00
102	❤️	15	2026-01-01 00:01:50.5+00
102	👍	9	2026-01-01 00:01:50.5+00
104	🎉	40	2026-01-01 00:01:51.5+00
104	🙏	4	2026-01-01 00:01:51.5+00
104	❤️	13	2026-01-01 00:01:51.5+00
105	😂	29	2026-01-01 00:01:52+00
118	👍	2	2026-01-01 00:01:58.5+00
122	🙏	7	2026-01-01 00:02:00.5+00
123	👀	31	2026-01-01 00:02:01+00
123	❤️	39	2026-01-01 00:02:01+00
133	🎉	10	2026-01-01 00:02:06+00
134	👍	35	2026-01-01 00:02:06.5+00
143	😂	10	2026-01-01 00:02:11+00
143	👍	6	2026-01-01 00:02:11+00
144	👀	1	2026-01-01 00:02:11.5+00
144	👀	27	2026-01-01 00:02:11.5+00
144	👍	17	2026-01-01 00:02:11.5+00
147	🎉	10	2026-01-01 00:02:13+00
147	👍	6	2026-01-01 00:02:13+00
152	🎉	24	2026-01-01 00:02:15.5+00
152	❤️	20	2026-01-01 00:02:15.5+00
156	🎉	6	2026-01-01 00:02:17.5+00
156	👀	10	2026-01-01 00:02:17.5+00
197	👍	10	2026-01-01 00:02:38+00
200	🙏	24	2026-01-01 00:02:39.5+00
200	🙏	16	2026-01-01 00:02:39.5+00
201	😂	38	2026-01-01 00:02:40+00
201	🙏	18	2026-01-01 00:02:40+00
217	👍	33	2026-01-01 00:02:48+00
217	😂	40	2026-01-01 00:02:48+00
218	🙏	38	2026-01-01 00:02:48.5+00
219	🎉	29	2026-01-01 00:02:49+00
219	🎉	33	2026-01-01 00:02:49+00
226	👀	10	2026-01-01 00:02:52.5+00
226	❤️	23	2026-01-01 00:02:52.5+00
230	👀	6	2026-01-01 00:02:54.5+00
230	👀	10	2026-01-01 00:02:54.5+00
231	😂	5	2026-01-01 00:02:55+00
231	👍	32	2026-01-01 00:02:55+00
236	🙏	32	2026-01-01 00:02:57.5+00
236	👍	16	2026-01-01 00:02:57.5+00
236	❤️	29	2026-01-01 00:02:57.5+00
237	👍	29	2026-01-01 00:02:58+00
238	👍	27	2026-01-01 00:02:58.5+00
239	🙏	10	2026-01-01 00:02:59+00
246	👍	8	2026-01-01 00:03:02.5+00
247	🙏	11	2026-01-01 00:03:03+00
251	👀	1	2026-01-01 00:03:05+00
251	😂	14	2026-01-01 00:03:05+00
255	🎉	40	2026-01-01 00:03:07+00
255	🙏	22	2026-01-01 00:03:07+00
266	😂	7	2026-01-01 00:03:12.5+00
269	🎉	31	2026-01-01 00:03:14+00
270	🙏	10	2026-01-01 00:03:14.5+00
270	👍	4	2026-01-01 00:03:14.5+00
270	🙏	40	2026-01-01 00:03:14.5+00
279	❤️	30	2026-01-01 00:03:19+00
279	❤️	33	2026-01-01 00:03:19+00
285	👍	29	2026-01-01 00:03:22+00
285	🙏	7	2026-01-01 00:03:22+00
293	👀	1	2026-01-01 00:03:26+00
293	👀	19	2026-01-01 00:03:26+00
295	🙏	33	2026-01-01 00:03:27+00
295	❤️	29	2026-01-01 00:03:27+00
296	🎉	10	2026-01-01 00:03:27.5+00
296	👀	6	2026-01-01 00:03:27.5+00
298	🎉	28	2026-01-01 00:03:28.5+00
298	😂	36	2026-01-01 00:03:28.5+00
305	👍	3	2026-01-01 00:03:32+00
305	😂	31	2026-01-01 00:03:32+00
311	❤️	10	2026-01-01 00:03:35+00
311	👍	6	2026-01-01 00:03:35+00
312	🙏	1	2026-01-01 00:03:35.5+00
312	😂	14	2026-01-01 00:03:35.5+00
327	❤️	6	2026-01-01 00:03:43+00
329	👍	40	2026-01-01 00:03:44+00
329	😂	30	2026-01-01 00:03:44+00
361	👍	20	2026-01-01 00:04:00+00
361	❤️	4	2026-01-01 00:04:00+00
361	🎉	15	2026-01-01 00:04:00+00
365	😂	29	2026-01-01 00:04:02+00
365	👍	39	2026-01-01 00:04:02+00
368	🎉	6	2026-01-01 00:04:03.5+00
368	😂	10	2026-01-01 00:04:03.5+00
380	🙏	40	2026-01-01 00:04:09.5+00
380	👍	7	2026-01-01 00:04:09.5+00
380	🎉	2	2026-01-01 00:04:09.5+00
381	👍	6	2026-01-01 00:04:10+00
391	😂	10	2026-01-01 00:04:15+00
391	😂	6	2026-01-01 00:04:15+00
392	❤️	1	2026-01-01 00:04:15.5+00
392	👍	7	2026-01-01 00:04:15.5+00
392	😂	24	2026-01-01 00:04:15.5+00
393	👍	6	2026-01-01 00:04:16+00
393	👀	10	2026-01-01 00:04:16+00
399	🎉	32	2026-01-01 00:04:19+00
399	😂	4	2026-01-01 00:04:19+00
399	😂	18	2026-01-01 00:04:19+00
402	❤️	10	2026-01-01 00:04:20.5+00
405	❤️	21	2026-01-01 00:04:22+00
409	👍	2	2026-01-01 00:04:24+00
410	🎉	6	2026-01-01 00:04:24.5+00
410	🙏	10	2026-01-01 00:04:24.5+00
414	🎉	10	2026-01-01 00:04:26.5+00
423	😂	1	2026-01-01 00:04:31+00
424	🎉	11	2026-01-01 00:04:31.5+00
426	❤️	40	2026-01-01 00:04:32.5+00
426	👍	30	2026-01-01 00:04:32.5+00
429	❤️	6	2026-01-01 00:04:34+00
429	🙏	10	2026-01-01 00:04:34+00
430	👍	25	2026-01-01 00:04:34.5+00
430	❤️	32	2026-01-01 00:04:34.5+00
430	🙏	34	2026-01-01 00:04:34.5+00
438	🎉	6	2026-01-01 00:04:38.5+00
438	👀	10	2026-01-01 00:04:38.5+00
442	❤️	17	2026-01-01 00:04:40.5+00
442	👀	1	2026-01-01 00:04:40.5+00
450	👍	30	2026-01-01 00:04:44.5+00
450	😂	20	2026-01-01 00:04:44.5+00
451	👍	11	2026-01-01 00:04:45+00
453	👍	19	2026-01-01 00:04:46+00
453	👍	1	2026-01-01 00:04:46+00
465	❤️	24	2026-01-01 00:04:52+00
465	😂	16	2026-01-01 00:04:52+00
475	😂	13	2026-01-01 00:04:57+00
475	👍	23	2026-01-01 00:04:57+00
482	👀	10	2026-01-01 00:05:00.5+00
482	👀	6	2026-01-01 00:05:00.5+00
497	👀	40	2026-01-01 00:05:08+00
497	👍	37	2026-01-01 00:05:08+00
503	❤️	1	2026-01-01 00:05:11+00
503	❤️	6	2026-01-01 00:05:11+00
511	🙏	6	2026-01-01 00:05:15+00
511	🎉	10	2026-01-01 00:05:15+00
517	😂	1	2026-01-01 00:05:18+00
519	👍	10	2026-01-01 00:05:19+00
532	❤️	35	2026-01-01 00:05:25.5+00
533	❤️	6	2026-01-01 00:05:26+00
533	👀	10	2026-01-01 00:05:26+00
536	🙏	32	2026-01-01 00:05:27.5+00
538	🙏	10	2026-01-01 00:05:28.5+00
538	🎉	6	2026-01-01 00:05:28.5+00
540	🎉	40	2026-01-01 00:05:29.5+00
540	👀	37	2026-01-01 00:05:29.5+00
543	🙏	10	2026-01-01 00:05:31+00
549	❤️	6	2026-01-01 00:05:34+00
549	👀	10	2026-01-01 00:05:34+00
552	😂	9	2026-01-01 00:05:35.5+00
552	👍	36	2026-01-01 00:05:35.5+00
558	❤️	1	2026-01-01 00:05:38.5+00
558	🎉	27	2026-01-01 00:05:38.5+00
560	😂	35	2026-01-01 00:05:39.5+00
564	👀	10	2026-01-01 00:05:41.5+00
564	🎉	6	2026-01-01 00:05:41.5+00
570	❤️	40	2026-01-01 00:05:44.5+00
570	❤️	30	2026-01-01 00:05:44.5+00
571	👍	6	2026-01-01 00:05:45+00
574	🙏	26	2026-01-01 00:05:46.5+00
574	🎉	11	2026-01-01 00:05:46.5+00
597	😂	1	2026-01-01 00:05:58+00
598	🎉	10	2026-01-01 00:05:58.5+00
601	❤️	18	2026-01-01 00:06:00+00
601	👍	35	2026-01-01 00:06:00+00
608	👍	6	2026-01-01 00:06:03.5+00
613	😂	11	2026-01-01 00:06:06+00
624	🙏	29	2026-01-01 00:06:11.5+00
624	🎉	7	2026-01-01 00:06:11.5+00
644	🙏	6	2026-01-01 00:06:21.5+00
644	😂	10	2026-01-01 00:06:21.5+00
645	😂	1	2026-01-01 00:06:22+00
645	🙏	19	2026-01-01 00:06:22+00
659	👀	1	2026-01-01 00:06:29+00
660	😂	24	2026-01-01 00:06:29.5+00
660	😂	21	2026-01-01 00:06:29.5+00
660	😂	35	2026-01-01 00:06:29.5+00
663	🎉	37	2026-01-01 00:06:31+00
663	👀	34	2026-01-01 00:06:31+00
663	👀	15	2026-01-01 00:06:31+00
664	🙏	18	2026-01-01 00:06:31.5+00
664	👍	35	2026-01-01 00:06:31.5+00
670	👀	16	2026-01-01 00:06:34.5+00
670	❤️	25	2026-01-01 00:06:34.5+00
670	🙏	34	2026-01-01 00:06:34.5+00
673	😂	6	2026-01-01 00:06:36+00
674	👀	10	2026-01-01 00:06:36.5+00
674	😂	8	2026-01-01 00:06:36.5+00
681	🎉	20	2026-01-01 00:06:40+00
681	👍	24	2026-01-01 00:06:40+00
684	👍	1	2026-01-01 00:06:41.5+00
684	🎉	8	2026-01-01 00:06:41.5+00
689	❤️	10	2026-01-01 00:06:44+00
693	😂	1	2026-01-01 00:06:46+00
704	🎉	40	2026-01-01 00:06:51.5+00
712	🙏	36	2026-01-01 00:06:55.5+00
716	🙏	3	2026-01-01 00:06:57.5+00
720	❤️	34	2026-01-01 00:06:59.5+00
725	🎉	24	2026-01-01 00:07:02+00
741	👀	2	2026-01-01 00:07:10+00
741	🎉	11	2026-01-01 00:07:10+00
746	👀	35	2026-01-01 00:07:12.5+00
746	🎉	27	2026-01-01 00:07:12.5+00
756	🎉	36	2026-01-01 00:07:17.5+00
756	😂	38	2026-01-01 00:07:17.5+00
756	👀	17	2026-01-01 00:07:17.5+00
757	🎉	10	2026-01-01 00:07:18+00
757	👍	6	2026-01-01 00:07:18+00
759	🙏	24	2026-01-01 00:07:19+00
759	❤️	25	2026-01-01 00:07:19+00
765	👀	8	2026-01-01 00:07:22+00
766	🎉	6	2026-01-01 00:07:22.5+00
781	👀	14	2026-01-01 00:07:30+00
781	😂	1	2026-01-01 00:07:30+00
782	🙏	6	2026-01-01 00:07:30.5+00
782	👍	10	2026-01-01 00:07:30.5+00
784	🙏	2	2026-01-01 00:07:31.5+00
784	❤️	25	2026-01-01 00:07:31.5+00
785	❤️	10	2026-01-01 00:07:32+00
790	👀	1	2026-01-01 00:07:34.5+00
790	🎉	19	2026-01-01 00:07:34.5+00
794	❤️	1	2026-01-01 00:07:36.5+00
794	🎉	19	2026-01-01 00:07:36.5+00
799	👀	6	2026-01-01 00:07:39+00
800	👍	6	2026-01-01 00:07:39.5+00
800	🎉	10	2026-01-01 00:07:39.5+00
807	❤️	1	2026-01-01 00:07:43+00
807	❤️	27	2026-01-01 00:07:43+00
808	👍	7	2026-01-01 00:07:43.5+00
810	❤️	35	2026-01-01 00:07:44.5+00
816	❤️	26	2026-01-01 00:07:47.5+00
816	😂	11	2026-01-01 00:07:47.5+00
836	👀	3	2026-01-01 00:07:57.5+00
837	🎉	26	2026-01-01 00:07:58+00
837	👀	11	2026-01-01 00:07:58+00
838	🙏	23	2026-01-01 00:07:58.5+00
851	👍	17	2026-01-01 00:08:05+00
852	🎉	7	2026-01-01 00:08:05.5+00
852	👀	29	2026-01-01 00:08:05.5+00
870	🎉	26	2026-01-01 00:08:14.5+00
870	😂	9	2026-01-01 00:08:14.5+00
876	🙏	8	2026-01-01 00:08:17.5+00
876	👀	1	2026-01-01 00:08:17.5+00
885	👍	15	2026-01-01 00:08:22+00
885	❤️	22	2026-01-01 00:08:22+00
885	👀	32	2026-01-01 00:08:22+00
900	❤️	40	2026-01-01 00:08:29.5+00
900	👀	30	2026-01-01 00:08:29.5+00
909	❤️	36	2026-01-01 00:08:34+00
909	🙏	28	2026-01-01 00:08:34+00
915	👍	40	2026-01-01 00:08:37+00
915	❤️	7	2026-01-01 00:08:37+00
915	😂	2	2026-01-01 00:08:37+00
917	❤️	10	2026-01-01 00:08:38+00
919	🎉	34	2026-01-01 00:08:39+00
919	😂	25	2026-01-01 00:08:39+00
919	👀	16	2026-01-01 00:08:39+00
938	👀	11	2026-01-01 00:08:48.5+00
938	👀	40	2026-01-01 00:08:48.5+00
955	❤️	10	2026-01-01 00:08:57+00
957	👍	1	2026-01-01 00:08:58+00
958	😂	18	2026-01-01 00:08:58.5+00
958	👀	35	2026-01-01 00:08:58.5+00
963	👀	26	2026-01-01 00:09:01+00
963	🙏	11	2026-01-01 00:09:01+00
965	❤️	10	2026-01-01 00:09:02+00
965	👍	6	2026-01-01 00:09:02+00
974	👍	1	2026-01-01 00:09:06.5+00
980	❤️	2	2026-01-01 00:09:09.5+00
980	👀	25	2026-01-01 00:09:09.5+00
989	😂	17	2026-01-01 00:09:14+00
989	👀	36	2026-01-01 00:09:14+00
1001	👀	20	2026-01-01 00:09:20+00
1001	🎉	24	2026-01-01 00:09:20+00
1002	👍	19	2026-01-01 00:09:20.5+00
1002	😂	1	2026-01-01 00:09:20.5+00
1006	🎉	7	2026-01-01 00:09:22.5+00
1006	🎉	29	2026-01-01 00:09:22.5+00
1008	👀	24	2026-01-01 00:09:23.5+00
1008	🎉	16	2026-01-01 00:09:23.5+00
1011	😂	12	2026-01-01 00:09:25+00
1011	😂	28	2026-01-01 00:09:25+00
1016	👀	30	2026-01-01 00:09:27.5+00
1016	🙏	8	2026-01-01 00:09:27.5+00
1029	🙏	30	2026-01-01 00:09:34+00
1029	🙏	40	2026-01-01 00:09:34+00
1030	👍	6	2026-01-01 00:09:34.5+00
1030	👀	10	2026-01-01 00:09:34.5+00
1038	😂	29	2026-01-01 00:09:38.5+00
1038	🙏	33	2026-01-01 00:09:38.5+00
1039	👀	6	2026-01-01 00:09:39+00
1041	🎉	29	2026-01-01 00:09:40+00
1041	😂	7	2026-01-01 00:09:40+00
1049	🎉	6	2026-01-01 00:09:44+00
1049	🙏	10	2026-01-01 00:09:44+00
1052	👀	28	2026-01-01 00:09:45.5+00
1052	👀	22	2026-01-01 00:09:45.5+00
1056	👍	15	2026-01-01 00:09:47.5+00
1056	😂	7	2026-01-01 00:09:47.5+00
1072	🎉	18	2026-01-01 00:09:55.5+00
1072	😂	38	2026-01-01 00:09:55.5+00
1097	❤️	14	2026-01-01 00:10:08+00
1099	😂	24	2026-01-01 00:10:09+00
1099	🙏	36	2026-01-01 00:10:09+00
1100	🙏	29	2026-01-01 00:10:09.5+00
1100	🎉	7	2026-01-01 00:10:09.5+00
1104	🙏	6	2026-01-01 00:10:11.5+00
1104	👀	10	2026-01-01 00:10:11.5+00
1111	🙏	10	2026-01-01 00:10:15+00
1111	🎉	6	2026-01-01 00:10:15+00
1115	👍	6	2026-01-01 00:10:17+00
1115	😂	10	2026-01-01 00:10:17+00
1118	❤️	10	2026-01-01 00:10:18.5+00
1119	🎉	16	2026-01-01 00:10:19+00
1123	❤️	1	2026-01-01 00:10:21+00
1123	🎉	3	2026-01-01 00:10:21+00
1124	😂	33	2026-01-01 00:10:21.5+00
1125	🎉	10	2026-01-01 00:10:22+00
1125	❤️	6	2026-01-01 00:10:22+00
1126	😂	25	2026-01-01 00:10:22.5+00
1126	🎉	2	2026-01-01 00:10:22.5+00
1133	😂	9	2026-01-01 00:10:26+00
1133	🙏	2	2026-01-01 00:10:26+00
1140	👍	8	2026-01-01 00:10:29.5+00
1144	❤️	19	2026-01-01 00:10:31.5+00
1158	😂	19	2026-01-01 00:10:38.5+00
1159	🎉	20	2026-01-01 00:10:39+00
1163	🙏	30	2026-01-01 00:10:41+00
1163	👀	33	2026-01-01 00:10:41+00
1165	🙏	2	2026-01-01 00:10:42+00
1165	👍	40	2026-01-01 00:10:42+00
1166	❤️	6	2026-01-01 00:10:42.5+00
1167	👍	8	2026-01-01 00:10:43+00
1167	🎉	1	2026-01-01 00:10:43+00
1173	😂	11	2026-01-01 00:10:46+00
1173	👍	26	2026-01-01 00:10:46+00
1174	❤️	31	2026-01-01 00:10:46.5+00
1175	🎉	10	2026-01-01 00:10:47+00
1178	👀	38	2026-01-01 00:10:48.5+00
1178	❤️	18	2026-01-01 00:10:48.5+00
1186	🙏	27	2026-01-01 00:10:52.5+00
1186	🎉	1	2026-01-01 00:10:52.5+00
1188	👀	7	2026-01-01 00:10:53.5+00
1195	👍	14	2026-01-01 00:10:57+00
1195	👍	1	2026-01-01 00:10:57+00
1205	👀	10	2026-01-01 00:11:02+00
1205	👍	6	2026-01-01 00:11:02+00
1206	🎉	28	2026-01-01 00:11:02.5+00
1206	🙏	36	2026-01-01 00:11:02.5+00
1223	😂	1	2026-01-01 00:11:11+00
1223	👍	6	2026-01-01 00:11:11+00
1227	🎉	33	2026-01-01 00:11:13+00
1238	❤️	10	2026-01-01 00:11:18.5+00
1238	🎉	6	2026-01-01 00:11:18.5+00
1241	🎉	10	2026-01-01 00:11:20+00
1245	😂	37	2026-01-01 00:11:22+00
1245	🎉	40	2026-01-01 00:11:22+00
1248	❤️	11	2026-01-01 00:11:23.5+00
1260	🎉	36	2026-01-01 00:11:29.5+00
1260	👀	28	2026-01-01 00:11:29.5+00
1263	👍	10	2026-01-01 00:11:31+00
1263	👍	6	2026-01-01 00:11:31+00
1269	🙏	1	2026-01-01 00:11:34+00
1271	👀	40	2026-01-01 00:11:35+00
1271	❤️	11	2026-01-01 00:11:35+00
1271	🎉	2	2026-01-01 00:11:35+00
1279	😂	36	2026-01-01 00:11:39+00
1279	👍	17	2026-01-01 00:11:39+00
1282	🙏	25	2026-01-01 00:11:40.5+00
1282	🙏	24	2026-01-01 00:11:40.5+00
1283	👀	29	2026-01-01 00:11:41+00
1283	👍	11	2026-01-01 00:11:41+00
1284	🙏	6	2026-01-01 00:11:41.5+00
1284	🎉	10	2026-01-01 00:11:41.5+00
1288	❤️	31	2026-01-01 00:11:43.5+00
1289	👀	25	2026-01-01 00:11:44+00
1289	👍	2	2026-01-01 00:11:44+00
1293	🎉	16	2026-01-01 00:11:46+00
1293	👀	24	2026-01-01 00:11:46+00
1294	👀	11	2026-01-01 00:11:46.5+00
1297	👀	16	2026-01-01 00:11:48+00
1297	👍	24	2026-01-01 00:11:48+00
1304	🎉	39	2026-01-01 00:11:51.5+00
1309	🎉	10	2026-01-01 00:11:54+00
1309	🎉	6	2026-01-01 00:11:54+00
1314	👍	19	2026-01-01 00:11:56.5+00
1314	👍	1	2026-01-01 00:11:56.5+00
1318	😂	14	2026-01-01 00:11:58.5+00
1330	😂	10	2026-01-01 00:12:04.5+00
1330	👀	6	2026-01-01 00:12:04.5+00
1332	👍	1	2026-01-01 00:12:05.5+00
1332	😂	14	2026-01-01 00:12:05.5+00
1333	👀	14	2026-01-01 00:12:06+00
1334	❤️	26	2026-01-01 00:12:06.5+00
1334	👀	11	2026-01-01 00:12:06.5+00
1336	🙏	39	2026-01-01 00:12:07.5+00
1336	❤️	29	2026-01-01 00:12:07.5+00
1355	🎉	1	2026-01-01 00:12:17+00
1355	❤️	19	2026-01-01 00:12:17+00
1366	👀	1	2026-01-01 00:12:22.5+00
1366	🎉	17	2026-01-01 00:12:22.5+00
1369	👀	24	2026-01-01 00:12:24+00
1373	👀	15	2026-01-01 00:12:26+00
1373	🙏	7	2026-01-01 00:12:26+00
1374	😂	1	2026-01-01 00:12:26.5+00
1374	🙏	27	2026-01-01 00:12:26.5+00
1376	🎉	1	2026-01-01 00:12:27.5+00
1376	👍	17	2026-01-01 00:12:27.5+00
1385	😂	15	2026-01-01 00:12:32+00
1385	❤️	7	2026-01-01 00:12:32+00
1386	👀	2	2026-01-01 00:12:32.5+00
1412	😂	35	2026-01-01 00:12:45.5+00
1412	😂	18	2026-01-01 00:12:45.5+00
1415	🙏	17	2026-01-01 00:12:47+00
1419	🎉	25	2026-01-01 00:12:49+00
1422	👀	6	2026-01-01 00:12:50.5+00
1422	🙏	10	2026-01-01 00:12:50.5+00
1426	❤️	29	2026-01-01 00:12:52.5+00
1435	😂	11	2026-01-01 00:12:57+00
1437	👍	17	2026-01-01 00:12:58+00
1437	🎉	1	2026-01-01 00:12:58+00
1439	🎉	1	2026-01-01 00:12:59+00
1443	❤️	10	2026-01-01 00:13:01+00
1443	🎉	6	2026-01-01 00:13:01+00
1448	🎉	38	2026-01-01 00:13:03.5+00
1448	😂	18	2026-01-01 00:13:03.5+00
1449	❤️	9	2026-01-01 00:13:04+00
1449	🎉	2	2026-01-01 00:13:04+00
1450	👀	8	2026-01-01 00:13:04.5+00
1450	🎉	1	2026-01-01 00:13:04.5+00
1456	🎉	29	2026-01-01 00:13:07.5+00
1456	🙏	7	2026-01-01 00:13:07.5+00
1459	😂	3	2026-01-01 00:13:09+00
1463	🙏	2	2026-01-01 00:13:11+00
1464	🙏	15	2026-01-01 00:13:11.5+00
1464	🙏	37	2026-01-01 00:13:11.5+00
1471	🎉	30	2026-01-01 00:13:15+00
1471	❤️	25	2026-01-01 00:13:15+00
1471	🙏	2	2026-01-01 00:13:15+00
1475	👍	29	2026-01-01 00:13:17+00
1476	🎉	23	2026-01-01 00:13:17.5+00
1476	👀	38	2026-01-01 00:13:17.5+00
1476	👀	33	2026-01-01 00:13:17.5+00
1485	👀	1	2026-01-01 00:13:22+00
1487	❤️	2	2026-01-01 00:13:23+00
1487	😂	1	2026-01-01 00:13:23+00
1487	❤️	11	2026-01-01 00:13:23+00
1488	🙏	24	2026-01-01 00:13:23.5+00
1489	😂	30	2026-01-01 00:13:24+00
1489	🎉	33	2026-01-01 00:13:24+00
1498	😂	7	2026-01-01 00:13:28.5+00
\.


--
-- Data for Name: tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tokens (id, token_hash, user_id, created_at, expires_at, revoked_at) FROM stdin;
\.


--
-- Name: attachments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attachments_id_seq', 1, false);


--
-- Name: chats_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.chats_id_seq', 80, true);


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

