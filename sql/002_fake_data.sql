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

COPY public.users (id, nick, name, email, password_hash, avatar, created_at) FROM stdin;
1	user0000001	Anna Müller	user0000001@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:00+00
2	user0000002	Bruno Müller	user0000002@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:01+00
3	user0000003	Chloé Müller	user0000003@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:02+00
4	user0000004	Dmitri Müller	user0000004@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:03+00
5	user0000005	Elif Müller	user0000005@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:04+00
6	user0000006	Farah Müller	user0000006@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:05+00
7	user0000007	Giulia Müller	user0000007@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:06+00
8	user0000008	Hiroshi Müller	user0000008@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:07+00
9	user0000009	Inès Müller	user0000009@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:08+00
10	user0000010	Jonas Müller	user0000010@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:09+00
11	user0000011	Katarzyna Müller	user0000011@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:10+00
12	user0000012	Lars Müller	user0000012@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:11+00
13	user0000013	María Müller	user0000013@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:12+00
14	user0000014	Nguyễn Müller	user0000014@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:13+00
15	user0000015	Olufemi Müller	user0000015@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:14+00
16	user0000016	Priya Müller	user0000016@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:15+00
17	user0000017	Quentin Müller	user0000017@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:16+00
18	user0000018	Rūta Müller	user0000018@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:17+00
19	user0000019	Søren Müller	user0000019@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:18+00
20	user0000020	Tomás Müller	user0000020@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:19+00
21	user0000021	Ursula Müller	user0000021@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:20+00
22	user0000022	Vikram Müller	user0000022@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:21+00
23	user0000023	Wen Müller	user0000023@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:22+00
24	user0000024	Ximena Müller	user0000024@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:23+00
25	user0000025	Yusuf Müller	user0000025@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:24+00
26	user0000026	Zoë Müller	user0000026@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:25+00
27	user0000027	Алексей Müller	user0000027@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:26+00
28	user0000028	Σοφία Müller	user0000028@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:27+00
29	user0000029	李娜 Müller	user0000029@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:28+00
30	user0000030	محمد Müller	user0000030@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:29+00
31	user0000031	Anna García	user0000031@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:30+00
32	user0000032	Bruno García	user0000032@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:31+00
33	user0000033	Chloé García	user0000033@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:32+00
34	user0000034	Dmitri García	user0000034@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:33+00
35	user0000035	Elif García	user0000035@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:34+00
36	user0000036	Farah García	user0000036@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:35+00
37	user0000037	Giulia García	user0000037@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:36+00
38	user0000038	Hiroshi García	user0000038@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:37+00
39	user0000039	Inès García	user0000039@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:38+00
40	user0000040	Jonas García	user0000040@example.com	$argon2id$v=19$m=19456,t=2,p=1$1/a/TfM0BJHAMd1V8w384w$HcYd5sjIq5jzQj3Pu39zU9bohjpqPOXjwoM6a8EPUgM	\N	2026-01-01 00:00:39+00
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

COPY public.messages (id, chat_id, user_id, content, client_message_id, created_at, edited_at) FROM stdin;
1	57	6	Demo done again straße naïve meeting ありがとう ありがとう is 👍 ok is done build straße	\N	2026-01-01 00:01:00+00	\N
2	62	33	Straße danke later friday	\N	2026-01-01 00:01:00.5+00	\N
3	9	32	👍 naïve tomorrow café ticket ありがとう the ありがとう 👍 merci is lunch 👍 🎉 release tomorrow	\N	2026-01-01 00:01:01+00	\N
4	13	40	Test	\N	2026-01-01 00:01:01.5+00	\N
5	57	10	Check gracias	\N	2026-01-01 00:01:02+00	\N
6	57	10	Hello lunch build café test you coffee tomorrow ありがとう 👍 sure	\N	2026-01-01 00:01:02.5+00	\N
7	26	20	Please green café again 🎉 🎉 this	\N	2026-01-01 00:01:03+00	\N
8	55	6	Lunch test friday	\N	2026-01-01 00:01:03.5+00	\N
9	50	8	Deploy deploy bug can bug café ready ok спасибо green danke	\N	2026-01-01 00:01:04+00	\N
10	67	1	Review ありがとう slides again deploy please release gracias	\N	2026-01-01 00:01:04.5+00	\N
11	61	7	Green 👍 coffee release can the gracias can slides	\N	2026-01-01 00:01:05+00	\N
12	16	26	Спасибо 👍 check deploy	\N	2026-01-01 00:01:05.5+00	\N
13	74	24	Hello release coffee demo résumé résumé the naïve friday merci lunch the test done please ticket	\N	2026-01-01 00:01:06+00	\N
14	53	1	Café release meeting hello done deploy résumé naïve this gracias review later	\N	2026-01-01 00:01:06.5+00	\N
15	21	39	Ready release you merci meeting	\N	2026-01-01 00:01:07+00	\N
16	27	2	Review can café straße slides again gracias sure lunch meeting	\N	2026-01-01 00:01:07.5+00	\N
17	57	6	🎉 café deploy friday meeting ticket deploy green hello deploy later later meeting	\N	2026-01-01 00:01:08+00	\N
18	14	24	Check	\N	2026-01-01 00:01:08.5+00	\N
19	22	7	ありがとう lunch 👍	\N	2026-01-01 00:01:09+00	\N
20	8	1	Is demo test release can check ticket meeting deploy friday gracias 🎉 café again	\N	2026-01-01 00:01:09.5+00	\N
21	17	24	The the	\N	2026-01-01 00:01:10+00	\N
22	31	11	Test coffee café can sure release straße danke done again the ok	\N	2026-01-01 00:01:10.5+00	\N
23	22	7	Lunch done	\N	2026-01-01 00:01:11+00	\N
24	57	10	Demo coffee 👍 is 🎉 résumé again demo friday ready gracias please is	\N	2026-01-01 00:01:11.5+00	\N
25	13	24	Demo	\N	2026-01-01 00:01:12+00	\N
26	72	10	👍 please naïve later check the ticket slides again	\N	2026-01-01 00:01:12.5+00	\N
27	44	22	Bug you meeting ticket again merci	\N	2026-01-01 00:01:13+00	\N
28	61	7	Slides can	\N	2026-01-01 00:01:13.5+00	\N
29	8	1	Review straße the gracias this gracias bug ready	\N	2026-01-01 00:01:14+00	\N
30	57	6	Ready ready ready later the bug hello	\N	2026-01-01 00:01:14.5+00	\N
31	57	6	Ticket later this danke review straße ticket	\N	2026-01-01 00:01:15+00	\N
32	46	16	Release please is danke ready lunch tomorrow slides release coffee can coffee gracias ありがとう green	\N	2026-01-01 00:01:15.5+00	\N
33	66	12	Green green review спасибо meeting done	\N	2026-01-01 00:01:16+00	\N
34	57	6	Meeting slides this check ok danke lunch this спасибо release review merci	\N	2026-01-01 00:01:16.5+00	\N
35	34	39	Danke can ticket sure again ok	\N	2026-01-01 00:01:17+00	\N
36	63	15	Test straße bug you this deploy 🎉 the green ticket meeting	\N	2026-01-01 00:01:17.5+00	\N
37	27	11	Slides build hello naïve this is naïve meeting meeting can danke	\N	2026-01-01 00:01:18+00	\N
38	35	1	Café later sure café this	\N	2026-01-01 00:01:18.5+00	\N
39	45	11	Café release meeting hello done deploy résumé naïve this gracias review later	\N	2026-01-01 00:01:19+00	\N
40	46	29	Danke done 👍 sure ready test later naïve check review merci again ready résumé straße done спасибо	\N	2026-01-01 00:01:19.5+00	\N
41	36	35	Deploy can friday спасибо 👍 hello the friday bug release deploy ticket is hello is ありがとう	\N	2026-01-01 00:01:20+00	\N
42	57	10	The please café test you demo hello coffee ticket merci the merci can this 🎉 merci	\N	2026-01-01 00:01:20.5+00	\N
43	6	38	Friday deploy the 👍	\N	2026-01-01 00:01:21+00	\N
44	45	11	Bug merci danke release merci straße спасибо build this 👍 🎉 can meeting	\N	2026-01-01 00:01:21.5+00	\N
45	43	28	Check slides the friday test again sure ticket can meeting coffee demo review is straße check	\N	2026-01-01 00:01:22+00	\N
46	8	19	Review lunch deploy ready tomorrow hello straße demo	\N	2026-01-01 00:01:22.5+00	\N
47	21	6	Hello release coffee спасибо later	\N	2026-01-01 00:01:23+00	\N
48	49	27	🎉 résumé danke demo coffee again café ありがとう	\N	2026-01-01 00:01:23.5+00	\N
49	57	6	Coffee café bug naïve you the merci 👍 demo review please	\N	2026-01-01 00:01:24+00	\N
50	64	24	Ticket	\N	2026-01-01 00:01:24.5+00	\N
51	57	6	Deploy ok	\N	2026-01-01 00:01:25+00	\N
52	57	10	Test done friday 👍 coffee bug this the again check this ありがとう gracias ticket please ok bug release	\N	2026-01-01 00:01:25.5+00	\N
53	24	8	Slides deploy done you ticket	\N	2026-01-01 00:01:26+00	\N
54	29	25	Release coffee check 🎉 naïve deploy can this later again again can ありがとう again review	\N	2026-01-01 00:01:26.5+00	\N
55	57	6	Tomorrow 👍 review merci this ticket green again ready slides café	\N	2026-01-01 00:01:27+00	\N
56	57	6	Friday straße done release straße can done danke build please again ありがとう ticket bug naïve check sure	\N	2026-01-01 00:01:27.5+00	\N
57	11	1	Ok tomorrow friday green	\N	2026-01-01 00:01:28+00	\N
58	34	20	Tomorrow 👍 you friday tomorrow merci is deploy the danke straße again green slides straße sure	\N	2026-01-01 00:01:28.5+00	\N
59	59	13	Tomorrow you release sure 👍 meeting	\N	2026-01-01 00:01:29+00	\N
60	38	11	Sure lunch test 🎉 résumé naïve you can release ready the again is later	\N	2026-01-01 00:01:29.5+00	\N
61	32	36	Ticket meeting coffee lunch ありがとう résumé sure tomorrow	\N	2026-01-01 00:01:30+00	\N
62	67	1	Спасибо coffee	\N	2026-01-01 00:01:30.5+00	\N
63	46	1	Done tomorrow спасибо	\N	2026-01-01 00:01:31+00	\N
64	22	29	Is	\N	2026-01-01 00:01:31.5+00	\N
65	57	6	Can again check please the danke bug build can ok green ok ok danke 👍 gracias	\N	2026-01-01 00:01:32+00	\N
66	57	6	Tomorrow you release sure 👍 meeting	\N	2026-01-01 00:01:32.5+00	\N
67	8	1	Test can résumé demo danke ありがとう hello the naïve ready later ticket demo is test sure again green	\N	2026-01-01 00:01:33+00	\N
68	12	17	Sure check green the done lunch 🎉 👍 👍 demo résumé test bug the	\N	2026-01-01 00:01:33.5+00	\N
69	57	10	Ready you merci you test test résumé tomorrow merci ありがとう build slides 👍 спасибо can tomorrow meeting test	\N	2026-01-01 00:01:34+00	\N
70	57	10	Sure gracias lunch merci ありがとう demo 👍 you please straße ok danke ticket you	\N	2026-01-01 00:01:34.5+00	\N
71	80	29	Friday friday	\N	2026-01-01 00:01:35+00	\N
72	57	10	Meeting спасибо check ok ok you is straße спасибо	\N	2026-01-01 00:01:35.5+00	\N
73	52	30	Tomorrow demo ok merci check is ready naïve	\N	2026-01-01 00:01:36+00	\N
74	45	11	Спасибо demo build you this ready sure 🎉	\N	2026-01-01 00:01:36.5+00	\N
75	10	25	Build	\N	2026-01-01 00:01:37+00	\N
76	74	16	👍 friday this later merci ticket ありがとう danke спасибо	\N	2026-01-01 00:01:37.5+00	\N
77	57	10	Спасибо ticket later again test résumé green is you coffee bug hello ticket build ticket café is coffee	\N	2026-01-01 00:01:38+00	\N
78	57	10	You straße ready again café tomorrow café coffee later check this release deploy later later green test	\N	2026-01-01 00:01:38.5+00	\N
79	13	9	Test straße bug you this deploy 🎉 the green ticket meeting	\N	2026-01-01 00:01:39+00	\N
80	59	13	Please bug danke test this danke straße résumé ありがとう can demo build	\N	2026-01-01 00:01:39.5+00	\N
81	8	1	Coffee friday deploy green спасибо friday	\N	2026-01-01 00:01:40+00	\N
82	8	19	Naïve later tomorrow the can ok lunch slides gracias again deploy café you	\N	2026-01-01 00:01:40.5+00	\N
83	57	6	Deploy test ticket lunch спасибо slides build ok hello 👍 demo friday review ticket this again done meeting	\N	2026-01-01 00:01:41+00	\N
84	59	13	Hello danke deploy review meeting coffee straße résumé review merci tomorrow 🎉 can	\N	2026-01-01 00:01:41.5+00	\N
85	6	18	Ticket later friday deploy meeting спасибо tomorrow please résumé	\N	2026-01-01 00:01:42+00	\N
86	12	18	Tomorrow meeting check	\N	2026-01-01 00:01:42.5+00	\N
87	57	10	Gracias ticket	\N	2026-01-01 00:01:43+00	\N
88	57	10	Tomorrow danke demo again slides green tomorrow gracias ticket danke 👍 gracias sure sure ありがとう café demo	\N	2026-01-01 00:01:43.5+00	\N
89	5	7	ありがとう ok naïve bug hello meeting 🎉 ありがとう hello please sure ok deploy review	\N	2026-01-01 00:01:44+00	\N
90	68	31	Résumé bug	\N	2026-01-01 00:01:44.5+00	\N
91	43	28	Résumé bug danke demo this	\N	2026-01-01 00:01:45+00	\N
92	8	19	Danke demo tomorrow naïve	\N	2026-01-01 00:01:45.5+00	\N
93	76	8	Later bug lunch	\N	2026-01-01 00:01:46+00	\N
94	46	16	🎉 café deploy later release 🎉 done straße you test check demo 👍 later release bug	\N	2026-01-01 00:01:46.5+00	\N
95	76	1	Can café résumé friday please release	\N	2026-01-01 00:01:47+00	\N
96	57	10	Gracias ok	\N	2026-01-01 00:01:47.5+00	\N
97	11	1	Release slides tomorrow gracias	\N	2026-01-01 00:01:48+00	\N
98	67	1	Green coffee done merci deploy friday green	\N	2026-01-01 00:01:48.5+00	\N
99	6	38	ありがとう tomorrow friday sure this gracias you is danke deploy	\N	2026-01-01 00:01:49+00	\N
100	45	11	Slides ありがとう	\N	2026-01-01 00:01:49.5+00	\N
101	30	35	This please	\N	2026-01-01 00:01:50+00	\N
102	71	15	Friday is bug sure sure is the lunch naïve résumé tomorrow 🎉 friday	\N	2026-01-01 00:01:50.5+00	\N
103	38	11	The спасибо please lunch review deploy slides спасибо check green build friday coffee deploy danke straße	\N	2026-01-01 00:01:51+00	\N
104	21	40	Ready can bug café is tomorrow ready ありがとう you please	\N	2026-01-01 00:01:51.5+00	\N
105	42	29	Résumé friday ok straße ok ok merci you hello danke	\N	2026-01-01 00:01:52+00	\N
106	62	33	Test again straße hello again danke done done	\N	2026-01-01 00:01:52.5+00	\N
107	32	35	Done спасибо review спасибо спасибо hello later bug done sure gracias check	\N	2026-01-01 00:01:53+00	\N
108	63	7	Naïve merci hello test résumé deploy	\N	2026-01-01 00:01:53.5+00	\N
109	18	8	Naïve coffee	\N	2026-01-01 00:01:54+00	\N
110	23	25	Deploy tomorrow again спасибо is danke lunch meeting friday	\N	2026-01-01 00:01:54.5+00	\N
111	22	29	Deploy slides hello naïve is naïve later спасибо спасибо this can	\N	2026-01-01 00:01:55+00	\N
112	47	17	Review ticket tomorrow release 👍 ありがとう friday danke can bug merci meeting naïve ticket gracias	\N	2026-01-01 00:01:55.5+00	\N
113	39	31	Naïve tomorrow 🎉 hello sure	\N	2026-01-01 00:01:56+00	\N
114	52	31	Review tomorrow ready you спасибо this	\N	2026-01-01 00:01:56.5+00	\N
115	20	40	Review the you bug can the 🎉 ありがとう friday 🎉 ok coffee can 🎉 please	\N	2026-01-01 00:01:57+00	\N
116	57	6	Deploy résumé ready	\N	2026-01-01 00:01:57.5+00	\N
117	13	40	Test done friday 👍 coffee bug this the again check this ありがとう gracias ticket please ok bug release	\N	2026-01-01 00:01:58+00	\N
118	23	2	Ticket later gracias review this the green	\N	2026-01-01 00:01:58.5+00	\N
119	68	31	👍 bug later ありがとう 🎉 this review can can build coffee gracias	\N	2026-01-01 00:01:59+00	\N
120	17	25	Danke you again deploy test green lunch green meeting is	\N	2026-01-01 00:01:59.5+00	\N
121	12	32	Ready green check lunch later you test bug you ok ticket release meeting again review straße naïve	\N	2026-01-01 00:02:00+00	\N
122	12	7	Later café bug	\N	2026-01-01 00:02:00.5+00	\N
123	79	39	Again coffee friday check 👍 demo again danke demo can is demo can please later ready build	\N	2026-01-01 00:02:01+00	\N
124	24	10	Tomorrow meeting please done 🎉 friday спасибо bug tomorrow gracias demo	\N	2026-01-01 00:02:01.5+00	\N
125	57	10	Release ready again test sure meeting please coffee 👍 ready demo this	\N	2026-01-01 00:02:02+00	\N
126	16	26	Naïve is ticket	\N	2026-01-01 00:02:02.5+00	\N
127	57	10	Later again tomorrow is sure please you 👍 friday café build can 🎉 ok ready lunch deploy gracias	\N	2026-01-01 00:02:03+00	\N
128	25	17	Release sure	\N	2026-01-01 00:02:03.5+00	\N
129	57	6	🎉 спасибо later ありがとう résumé demo ticket спасибо the coffee	\N	2026-01-01 00:02:04+00	\N
130	57	10	You sure	\N	2026-01-01 00:02:04.5+00	\N
131	31	16	Bug sure check	\N	2026-01-01 00:02:05+00	\N
132	39	4	Naïve résumé ticket build you this again danke release 👍 you résumé	\N	2026-01-01 00:02:05.5+00	\N
133	57	10	The lunch ありがとう ありがとう merci demo merci bug gracias lunch demo test lunch sure ticket the	\N	2026-01-01 00:02:06+00	\N
912	45	26	Friday	\N	2026-01-01 00:08:35.5+00	\N
134	36	27	Coffee can merci this merci done deploy gracias danke bug straße is is	\N	2026-01-01 00:02:06.5+00	\N
135	62	30	Again bug again bug review check this merci deploy	\N	2026-01-01 00:02:07+00	\N
136	57	10	You lunch hello ありがとう green sure review hello résumé hello lunch naïve	\N	2026-01-01 00:02:07.5+00	\N
137	11	19	Lunch sure bug friday straße again sure sure straße	\N	2026-01-01 00:02:08+00	\N
138	57	10	🎉 coffee	\N	2026-01-01 00:02:08.5+00	\N
139	34	39	Demo friday is ready café demo résumé bug café résumé this naïve gracias build ありがとう	\N	2026-01-01 00:02:09+00	\N
140	57	10	Demo you hello	\N	2026-01-01 00:02:09.5+00	\N
141	54	37	Ok slides	\N	2026-01-01 00:02:10+00	\N
142	3	20	Ready ready later 🎉 résumé ready sure friday slides ok tomorrow gracias 👍 hello merci	\N	2026-01-01 00:02:10.5+00	\N
143	57	6	Can danke is slides this	\N	2026-01-01 00:02:11+00	\N
144	25	34	Merci demo you meeting café ready friday danke this tomorrow the спасибо naïve спасибо please tomorrow coffee green	\N	2026-01-01 00:02:11.5+00	\N
145	5	21	Tomorrow ready later спасибо danke the you green meeting review can merci	\N	2026-01-01 00:02:12+00	\N
146	3	4	You 🎉 done ok ありがとう is naïve green ticket again demo build	\N	2026-01-01 00:02:12.5+00	\N
147	57	10	ありがとう спасибо	\N	2026-01-01 00:02:13+00	\N
148	14	20	🎉 check sure gracias can lunch demo	\N	2026-01-01 00:02:13.5+00	\N
149	43	28	Tomorrow this this danke résumé 🎉 🎉 ok the coffee can is again release	\N	2026-01-01 00:02:14+00	\N
150	13	2	Build merci ready can slides	\N	2026-01-01 00:02:14.5+00	\N
151	44	22	The naïve bug build	\N	2026-01-01 00:02:15+00	\N
152	14	24	Test gracias tomorrow test straße ticket 🎉 résumé спасибо green this done ticket sure slides 👍 demo	\N	2026-01-01 00:02:15.5+00	\N
153	8	1	Is slides sure coffee please ready résumé green green review 🎉 meeting	\N	2026-01-01 00:02:16+00	\N
154	38	11	Again 👍 tomorrow ありがとう hello is ありがとう sure	\N	2026-01-01 00:02:16.5+00	\N
155	57	10	Meeting check hello please tomorrow release demo sure release café test build résumé	\N	2026-01-01 00:02:17+00	\N
156	57	6	Please again tomorrow 🎉 build this danke meeting is ready this	\N	2026-01-01 00:02:17.5+00	\N
157	3	2	Check slides the friday test again sure ticket can meeting coffee demo review is straße check	\N	2026-01-01 00:02:18+00	\N
158	20	30	Gracias deploy tomorrow done this ok ありがとう straße demo check спасибо coffee test	\N	2026-01-01 00:02:18.5+00	\N
159	67	1	Deploy is	\N	2026-01-01 00:02:19+00	\N
160	8	19	Hello	\N	2026-01-01 00:02:19.5+00	\N
161	57	10	Naïve merci hello test résumé deploy	\N	2026-01-01 00:02:20+00	\N
162	8	1	Coffee the is can ready	\N	2026-01-01 00:02:20.5+00	\N
163	57	10	Build later ok	\N	2026-01-01 00:02:21+00	\N
164	64	2	Deploy coffee you can please check	\N	2026-01-01 00:02:21.5+00	\N
165	1	24	Danke ready can can again danke ready ticket can you résumé hello	\N	2026-01-01 00:02:22+00	\N
166	11	1	Coffee review naïve ok ありがとう release meeting café the later ありがとう the coffee ok meeting gracias	\N	2026-01-01 00:02:22.5+00	\N
167	76	8	Again 👍 👍 ticket review coffee green this test this coffee ticket release danke ready спасибо	\N	2026-01-01 00:02:23+00	\N
168	67	1	Ok meeting	\N	2026-01-01 00:02:23.5+00	\N
169	57	10	Build test deploy can test naïve again ticket ready tomorrow	\N	2026-01-01 00:02:24+00	\N
170	11	1	Is demo test release can check ticket meeting deploy friday gracias 🎉 café again	\N	2026-01-01 00:02:24.5+00	\N
171	53	1	This tomorrow check lunch ready demo later done can please café спасибо review gracias build ready ready ok	\N	2026-01-01 00:02:25+00	\N
172	42	11	Done naïve this review résumé 🎉 hello 🎉 danke	\N	2026-01-01 00:02:25.5+00	\N
173	57	6	Is tomorrow danke bug coffee	\N	2026-01-01 00:02:26+00	\N
174	16	9	Build hello again 🎉 naïve ticket gracias	\N	2026-01-01 00:02:26.5+00	\N
175	57	10	Спасибо release done green done hello merci coffee merci naïve ready 👍 please danke	\N	2026-01-01 00:02:27+00	\N
176	34	15	Résumé friday ticket ありがとう can straße résumé deploy straße meeting sure спасибо review 👍 ticket	\N	2026-01-01 00:02:27.5+00	\N
177	22	7	Demo ticket danke lunch again demo	\N	2026-01-01 00:02:28+00	\N
178	71	9	Ticket ok ok lunch résumé please demo tomorrow coffee merci friday demo slides naïve bug	\N	2026-01-01 00:02:28.5+00	\N
179	39	31	Can demo gracias danke you lunch coffee this please release demo sure	\N	2026-01-01 00:02:29+00	\N
180	20	30	Demo ticket danke lunch again demo	\N	2026-01-01 00:02:29.5+00	\N
181	13	1	Slides ok danke deploy	\N	2026-01-01 00:02:30+00	\N
182	12	7	Again this gracias ready green the the demo the review 👍 again demo ticket green is ready slides	\N	2026-01-01 00:02:30.5+00	\N
183	38	11	Danke can review deploy спасибо please ticket straße café demo slides sure check	\N	2026-01-01 00:02:31+00	\N
184	8	19	👍 ありがとう you test gracias hello is please demo gracias merci again	\N	2026-01-01 00:02:31.5+00	\N
185	17	25	Danke bug straße sure review done café gracias	\N	2026-01-01 00:02:32+00	\N
186	20	40	Tomorrow sure спасибо	\N	2026-01-01 00:02:32.5+00	\N
187	63	15	This deploy lunch is bug you ok	\N	2026-01-01 00:02:33+00	\N
188	20	30	Bug the coffee friday ありがとう tomorrow ok ok спасибо deploy test résumé	\N	2026-01-01 00:02:33.5+00	\N
189	38	31	Sure friday the this	\N	2026-01-01 00:02:34+00	\N
190	11	2	You bug coffee friday test danke friday again hello coffee done done is you	\N	2026-01-01 00:02:34.5+00	\N
191	53	27	Release slides tomorrow gracias	\N	2026-01-01 00:02:35+00	\N
192	57	10	Review deploy 🎉 ready	\N	2026-01-01 00:02:35.5+00	\N
193	11	11	Спасибо 🎉	\N	2026-01-01 00:02:36+00	\N
194	40	1	Review can café	\N	2026-01-01 00:02:36.5+00	\N
195	40	29	Ready please deploy résumé merci ありがとう meeting ありがとう	\N	2026-01-01 00:02:37+00	\N
196	11	1	Build green спасибо ticket deploy later straße 🎉 deploy deploy hello	\N	2026-01-01 00:02:37.5+00	\N
197	57	10	Bug done gracias again café résumé green later tomorrow merci	\N	2026-01-01 00:02:38+00	\N
198	57	6	Ready the demo bug	\N	2026-01-01 00:02:38.5+00	\N
199	75	36	The build the demo merci café later is ready спасибо done 👍 again build	\N	2026-01-01 00:02:39+00	\N
200	74	24	Ticket 🎉 👍 🎉 naïve green bug merci done lunch ありがとう	\N	2026-01-01 00:02:39.5+00	\N
201	6	38	Meeting the ready ありがとう demo	\N	2026-01-01 00:02:40+00	\N
202	11	19	Check green coffee you ok deploy спасибо can please	\N	2026-01-01 00:02:40.5+00	\N
203	57	10	Ready check done tomorrow the danke ありがとう café demo is bug gracias ticket later 👍 tomorrow meeting meeting	\N	2026-01-01 00:02:41+00	\N
204	40	1	Can bug ticket merci hello done résumé deploy lunch slides again tomorrow straße build	\N	2026-01-01 00:02:41.5+00	\N
205	45	26	Later can build test café deploy done done release later you	\N	2026-01-01 00:02:42+00	\N
206	67	1	Is done again this sure you 🎉 👍 check done	\N	2026-01-01 00:02:42.5+00	\N
207	49	27	Check test is can review danke sure sure	\N	2026-01-01 00:02:43+00	\N
208	63	7	Meeting danke tomorrow ticket	\N	2026-01-01 00:02:43.5+00	\N
209	79	39	Build merci is merci sure 🎉	\N	2026-01-01 00:02:44+00	\N
210	57	10	Ready slides done check coffee please again test straße build release review tomorrow danke you again done again	\N	2026-01-01 00:02:44.5+00	\N
211	57	10	Ticket	\N	2026-01-01 00:02:45+00	\N
212	20	40	Green	\N	2026-01-01 00:02:45.5+00	\N
213	34	15	Lunch friday you demo 👍 ok coffee review bug 👍 résumé	\N	2026-01-01 00:02:46+00	\N
214	57	6	Gracias later can спасибо straße coffee	\N	2026-01-01 00:02:46.5+00	\N
215	63	7	Can gracias ok naïve ready	\N	2026-01-01 00:02:47+00	\N
216	57	6	Café sure you tomorrow résumé demo done sure hello tomorrow later ok tomorrow hello this	\N	2026-01-01 00:02:47.5+00	\N
217	73	40	Test	\N	2026-01-01 00:02:48+00	\N
218	6	38	The 🎉 coffee check	\N	2026-01-01 00:02:48.5+00	\N
219	80	33	Tomorrow later sure café	\N	2026-01-01 00:02:49+00	\N
220	12	17	Sure friday the this	\N	2026-01-01 00:02:49.5+00	\N
221	66	6	Demo test merci	\N	2026-01-01 00:02:50+00	\N
222	76	8	🎉 résumé gracias	\N	2026-01-01 00:02:50.5+00	\N
223	52	30	Gracias you bug is demo check danke merci sure 🎉 merci lunch coffee test ready test résumé please	\N	2026-01-01 00:02:51+00	\N
224	21	10	Is hello build demo can ok you deploy ok gracias	\N	2026-01-01 00:02:51.5+00	\N
225	20	40	Release 🎉 ticket hello café coffee test done please спасибо 🎉 please café bug 👍 ok	\N	2026-01-01 00:02:52+00	\N
226	13	2	Coffee ticket naïve 👍	\N	2026-01-01 00:02:52.5+00	\N
227	1	33	🎉 résumé danke demo coffee again café ありがとう	\N	2026-01-01 00:02:53+00	\N
228	18	16	Ok danke gracias sure build slides release please ticket café 👍 ありがとう please please lunch can build slides	\N	2026-01-01 00:02:53.5+00	\N
229	29	3	This ticket build lunch naïve meeting café спасибо naïve coffee green merci please deploy demo	\N	2026-01-01 00:02:54+00	\N
230	57	10	Résumé deploy done ready review please lunch résumé	\N	2026-01-01 00:02:54.5+00	\N
231	37	32	Ok test ありがとう demo lunch lunch deploy the tomorrow	\N	2026-01-01 00:02:55+00	\N
232	47	30	Release friday friday friday	\N	2026-01-01 00:02:55.5+00	\N
233	34	39	Merci ticket straße sure demo you test demo test meeting 🎉 café release	\N	2026-01-01 00:02:56+00	\N
234	72	17	Please done café lunch release ok hello 🎉 check ticket slides спасибо tomorrow deploy please résumé coffee danke	\N	2026-01-01 00:02:56.5+00	\N
235	57	10	Friday deploy sure review sure done tomorrow review tomorrow merci please coffee is done	\N	2026-01-01 00:02:57+00	\N
236	4	16	Release green straße tomorrow résumé sure sure café release ready the	\N	2026-01-01 00:02:57.5+00	\N
237	42	29	Meeting lunch gracias friday danke please	\N	2026-01-01 00:02:58+00	\N
238	53	27	Bug hello meeting bug please the release check demo	\N	2026-01-01 00:02:58.5+00	\N
239	57	10	Naïve gracias 🎉 спасибо	\N	2026-01-01 00:02:59+00	\N
240	11	11	Ticket later danke gracias can test meeting sure test merci later you bug deploy	\N	2026-01-01 00:02:59.5+00	\N
241	15	3	Straße coffee this	\N	2026-01-01 00:03:00+00	\N
242	30	21	Danke can slides can ok tomorrow tomorrow you 👍 naïve later 👍 friday later later deploy build café	\N	2026-01-01 00:03:00.5+00	\N
243	65	1	Again ready bug meeting done done coffee is is	\N	2026-01-01 00:03:01+00	\N
244	11	1	Gracias merci build 👍 coffee ready ok done gracias danke coffee review	\N	2026-01-01 00:03:01.5+00	\N
245	62	30	The hello review done	\N	2026-01-01 00:03:02+00	\N
246	18	8	Again green deploy danke ok café check ok is café 👍 résumé café 👍 résumé demo 🎉 🎉	\N	2026-01-01 00:03:02.5+00	\N
247	55	6	Review build test is later ready the tomorrow this can later	\N	2026-01-01 00:03:03+00	\N
248	8	1	Merci спасибо naïve again meeting 🎉	\N	2026-01-01 00:03:03.5+00	\N
249	6	18	Again green deploy danke ok café check ok is café 👍 résumé café 👍 résumé demo 🎉 🎉	\N	2026-01-01 00:03:04+00	\N
250	20	40	Gracias later friday can résumé coffee deploy	\N	2026-01-01 00:03:04.5+00	\N
251	67	1	Later ありがとう please demo 👍 slides danke	\N	2026-01-01 00:03:05+00	\N
252	34	39	Deploy coffee	\N	2026-01-01 00:03:05.5+00	\N
253	67	1	Ready hello résumé naïve straße naïve café спасибо this	\N	2026-01-01 00:03:06+00	\N
254	24	8	Hello gracias please gracias slides you gracias done check gracias sure 🎉	\N	2026-01-01 00:03:06.5+00	\N
255	55	22	Ticket later friday deploy meeting спасибо tomorrow please résumé	\N	2026-01-01 00:03:07+00	\N
256	64	2	Ticket later this danke review straße ticket	\N	2026-01-01 00:03:07.5+00	\N
257	11	11	Friday ありがとう naïve hello test merci green release slides you demo demo ready naïve deploy gracias résumé you	\N	2026-01-01 00:03:08+00	\N
258	22	29	Is danke review please check review coffee ok demo café coffee friday done	\N	2026-01-01 00:03:08.5+00	\N
259	54	5	Meeting ready slides gracias later lunch résumé green this coffee friday lunch this release résumé merci	\N	2026-01-01 00:03:09+00	\N
260	34	15	Done release later test sure ticket coffee test demo	\N	2026-01-01 00:03:09.5+00	\N
261	70	40	Later gracias slides demo danke this ありがとう demo ok ready meeting	\N	2026-01-01 00:03:10+00	\N
262	57	10	Again	\N	2026-01-01 00:03:10.5+00	\N
263	57	6	This coffee résumé ありがとう lunch hello tomorrow café bug deploy build 👍 the café	\N	2026-01-01 00:03:11+00	\N
264	22	7	👍 merci sure naïve спасибо can gracias sure coffee review done later tomorrow tomorrow review 🎉 this ありがとう	\N	2026-01-01 00:03:11.5+00	\N
265	52	31	Review check release danke gracias hello lunch deploy review done hello 🎉 merci 👍	\N	2026-01-01 00:03:12+00	\N
266	63	7	Hello straße спасибо danke	\N	2026-01-01 00:03:12.5+00	\N
267	57	10	Résumé lunch ready gracias deploy lunch	\N	2026-01-01 00:03:13+00	\N
268	12	38	Ok sure sure coffee done slides demo check demo the meeting you review ありがとう can gracias	\N	2026-01-01 00:03:13.5+00	\N
269	2	37	Can later friday the friday demo danke this danke review bug danke sure this review deploy	\N	2026-01-01 00:03:14+00	\N
270	21	40	Is can 👍 tomorrow check danke ありがとう hello résumé	\N	2026-01-01 00:03:14.5+00	\N
271	57	6	Release you later ありがとう build café	\N	2026-01-01 00:03:15+00	\N
272	6	18	Review the you bug can the 🎉 ありがとう friday 🎉 ok coffee can 🎉 please	\N	2026-01-01 00:03:15.5+00	\N
273	16	26	Review sure	\N	2026-01-01 00:03:16+00	\N
274	11	1	👍 ready is café	\N	2026-01-01 00:03:16.5+00	\N
275	41	33	Sure coffee again this ticket lunch done straße friday sure meeting build deploy check gracias ok	\N	2026-01-01 00:03:17+00	\N
276	8	1	Café 👍 the build ticket résumé meeting sure meeting again sure ok sure	\N	2026-01-01 00:03:17.5+00	\N
277	34	15	Gracias ready 🎉 tomorrow please you tomorrow café slides is meeting review sure tomorrow	\N	2026-01-01 00:03:18+00	\N
278	15	3	Sure check green the done lunch 🎉 👍 👍 demo résumé test bug the	\N	2026-01-01 00:03:18.5+00	\N
279	62	30	Hello gracias done hello café 🎉	\N	2026-01-01 00:03:19+00	\N
280	57	10	Gracias the 🎉 gracias ありがとう спасибо the	\N	2026-01-01 00:03:19.5+00	\N
281	57	6	Please ありがとう this спасибо 🎉 check bug спасибо test	\N	2026-01-01 00:03:20+00	\N
282	22	7	Build you coffee ready can check ok merci café lunch friday ticket gracias this	\N	2026-01-01 00:03:20.5+00	\N
283	50	22	The спасибо	\N	2026-01-01 00:03:21+00	\N
284	59	13	The café check done release this slides ありがとう friday résumé this ありがとう test danke gracias again	\N	2026-01-01 00:03:21.5+00	\N
285	22	29	Sure 👍	\N	2026-01-01 00:03:22+00	\N
286	60	3	Is straße sure can tomorrow danke café	\N	2026-01-01 00:03:22.5+00	\N
287	57	6	Test tomorrow lunch straße tomorrow later coffee bug ok спасибо again résumé done straße later again build	\N	2026-01-01 00:03:23+00	\N
288	57	10	Résumé the can straße ticket test again	\N	2026-01-01 00:03:23.5+00	\N
289	57	6	The build coffee sure tomorrow danke ありがとう ready meeting demo green deploy please 🎉 build this	\N	2026-01-01 00:03:24+00	\N
290	57	10	This 🎉 green can tomorrow lunch merci friday this please please lunch deploy	\N	2026-01-01 00:03:24.5+00	\N
291	68	31	Sure slides ok merci 👍 bug hello coffee check build résumé hello ありがとう test coffee naïve	\N	2026-01-01 00:03:25+00	\N
292	63	15	Danke review ありがとう tomorrow review ready check 👍 again is ありがとう	\N	2026-01-01 00:03:25.5+00	\N
293	8	19	This	\N	2026-01-01 00:03:26+00	\N
294	4	16	Test please café deploy done green meeting this please release straße this sure you can	\N	2026-01-01 00:03:26.5+00	\N
295	80	33	Ticket later gracias review this the green	\N	2026-01-01 00:03:27+00	\N
296	57	6	Naïve the friday	\N	2026-01-01 00:03:27.5+00	\N
297	8	19	Naïve release sure later friday café ready gracias release you check friday ready you	\N	2026-01-01 00:03:28+00	\N
298	43	36	Tomorrow review 🎉 demo you ready 👍 👍 danke résumé спасибо danke merci ticket release	\N	2026-01-01 00:03:28.5+00	\N
299	8	1	Review résumé merci release	\N	2026-01-01 00:03:29+00	\N
300	43	28	Please release meeting naïve	\N	2026-01-01 00:03:29.5+00	\N
301	22	7	Green the	\N	2026-01-01 00:03:30+00	\N
302	50	22	Demo review review the test test bug	\N	2026-01-01 00:03:30.5+00	\N
303	48	9	Slides ok спасибо later	\N	2026-01-01 00:03:31+00	\N
304	57	6	Done release straße sure danke sure coffee later 🎉 coffee merci green bug done review спасибо	\N	2026-01-01 00:03:31.5+00	\N
305	7	31	Naïve tomorrow ok you спасибо done slides résumé please friday	\N	2026-01-01 00:03:32+00	\N
306	12	17	Résumé review lunch is ticket tomorrow can is ready bug test ticket naïve	\N	2026-01-01 00:03:32.5+00	\N
307	4	33	Build спасибо build straße meeting 👍 can deploy tomorrow merci ありがとう 👍 this check meeting friday bug danke	\N	2026-01-01 00:03:33+00	\N
308	6	18	Done 👍 coffee is merci test tomorrow green merci	\N	2026-01-01 00:03:33.5+00	\N
309	34	39	Résumé sure coffee build	\N	2026-01-01 00:03:34+00	\N
310	34	20	Résumé please ありがとう coffee straße the	\N	2026-01-01 00:03:34.5+00	\N
311	57	10	Build hello again 🎉 naïve ticket gracias	\N	2026-01-01 00:03:35+00	\N
312	67	14	The	\N	2026-01-01 00:03:35.5+00	\N
313	67	14	Ok done this is this friday green ok	\N	2026-01-01 00:03:36+00	\N
314	38	31	Green check the slides test ready straße lunch danke done slides release gracias merci	\N	2026-01-01 00:03:36.5+00	\N
315	57	10	Sure naïve coffee 🎉 the can danke	\N	2026-01-01 00:03:37+00	\N
316	16	26	Café lunch friday this review	\N	2026-01-01 00:03:37.5+00	\N
317	67	14	🎉 done	\N	2026-01-01 00:03:38+00	\N
318	20	30	Later demo 🎉 release please you please ありがとう	\N	2026-01-01 00:03:38.5+00	\N
319	12	18	Demo naïve danke café	\N	2026-01-01 00:03:39+00	\N
320	12	22	Café gracias the build ありがとう straße sure demo check review bug tomorrow sure спасибо deploy the again hello	\N	2026-01-01 00:03:39.5+00	\N
321	80	29	Ready meeting naïve tomorrow ready review slides 👍 build green спасибо merci	\N	2026-01-01 00:03:40+00	\N
322	57	6	Can спасибо résumé hello naïve	\N	2026-01-01 00:03:40.5+00	\N
323	43	28	Friday slides is demo lunch coffee meeting friday you check again this	\N	2026-01-01 00:03:41+00	\N
324	22	7	Later hello hello ありがとう résumé спасибо demo ticket again résumé the can can green the test test deploy	\N	2026-01-01 00:03:41.5+00	\N
325	34	39	Deploy demo 👍 review done again résumé ticket you merci can	\N	2026-01-01 00:03:42+00	\N
326	57	10	Café later sure café this	\N	2026-01-01 00:03:42.5+00	\N
327	57	10	Check later demo coffee build this meeting lunch ticket ticket can	\N	2026-01-01 00:03:43+00	\N
328	57	10	Again ready demo lunch please coffee can build ok the done deploy can	\N	2026-01-01 00:03:43.5+00	\N
329	20	30	Ticket hello naïve deploy danke	\N	2026-01-01 00:03:44+00	\N
330	36	35	Slides coffee build bug done danke done done bug check спасибо	\N	2026-01-01 00:03:44.5+00	\N
331	11	11	Résumé review lunch is ticket tomorrow can is ready bug test ticket naïve	\N	2026-01-01 00:03:45+00	\N
332	53	27	Coffee ticket naïve 👍	\N	2026-01-01 00:03:45.5+00	\N
333	57	6	Test slides	\N	2026-01-01 00:03:46+00	\N
334	15	3	Merci спасибо naïve again meeting 🎉	\N	2026-01-01 00:03:46.5+00	\N
335	57	10	Gracias	\N	2026-01-01 00:03:47+00	\N
336	76	8	Coffee release straße is gracias ありがとう 👍 this coffee the	\N	2026-01-01 00:03:47.5+00	\N
337	34	15	Later	\N	2026-01-01 00:03:48+00	\N
338	42	29	Café	\N	2026-01-01 00:03:48.5+00	\N
339	44	22	ありがとう tomorrow friday sure this gracias you is danke deploy	\N	2026-01-01 00:03:49+00	\N
340	11	1	Review the 🎉	\N	2026-01-01 00:03:49.5+00	\N
341	62	30	Résumé you résumé danke demo meeting slides build coffee straße 👍 build ありがとう demo release done	\N	2026-01-01 00:03:50+00	\N
342	6	18	You done	\N	2026-01-01 00:03:50.5+00	\N
343	8	1	Naïve is ticket	\N	2026-01-01 00:03:51+00	\N
344	40	29	Coffee danke please check build naïve ありがとう please slides	\N	2026-01-01 00:03:51.5+00	\N
345	8	19	Спасибо the ready again meeting review friday green	\N	2026-01-01 00:03:52+00	\N
346	77	3	Check meeting is can	\N	2026-01-01 00:03:52.5+00	\N
347	48	9	Meeting café again bug demo straße test gracias naïve please straße hello slides sure ticket	\N	2026-01-01 00:03:53+00	\N
348	6	38	Résumé deploy done ready review please lunch résumé	\N	2026-01-01 00:03:53.5+00	\N
349	8	19	Bug deploy build gracias review tomorrow friday can friday slides demo gracias hello green café deploy	\N	2026-01-01 00:03:54+00	\N
350	57	6	Test sure ok gracias check merci check please build résumé	\N	2026-01-01 00:03:54.5+00	\N
351	22	7	The ありがとう review done meeting	\N	2026-01-01 00:03:55+00	\N
352	21	36	Later is спасибо this check friday hello gracias merci deploy ready coffee danke	\N	2026-01-01 00:03:55.5+00	\N
353	5	7	Naïve this done 🎉 café slides green done ok	\N	2026-01-01 00:03:56+00	\N
354	11	11	The friday ありがとう please lunch café you the is can ready meeting slides green you	\N	2026-01-01 00:03:56.5+00	\N
355	62	30	Release merci later sure naïve straße please test check review danke release sure	\N	2026-01-01 00:03:57+00	\N
356	55	6	Merci build 👍 this coffee sure danke bug release demo the tomorrow slides later this	\N	2026-01-01 00:03:57.5+00	\N
357	57	10	This ready straße bug this slides test café	\N	2026-01-01 00:03:58+00	\N
358	7	31	Danke later ありがとう café coffee straße	\N	2026-01-01 00:03:58.5+00	\N
359	7	3	Build later check review merci slides hello release 🎉 danke	\N	2026-01-01 00:03:59+00	\N
360	11	2	Naïve	\N	2026-01-01 00:03:59.5+00	\N
361	34	39	You slides slides lunch hello спасибо demo	\N	2026-01-01 00:04:00+00	\N
362	11	2	Again later	\N	2026-01-01 00:04:00.5+00	\N
363	31	11	Straße done release ok ありがとう lunch please	\N	2026-01-01 00:04:01+00	\N
364	57	6	Slides 🎉 release meeting merci deploy build test ありがとう ありがとう 👍 ありがとう the coffee demo done can	\N	2026-01-01 00:04:01.5+00	\N
365	69	39	Résumé bug	\N	2026-01-01 00:04:02+00	\N
366	57	6	Deploy sure you café спасибо build merci hello naïve you please	\N	2026-01-01 00:04:02.5+00	\N
367	57	10	Naïve this can danke deploy green straße tomorrow demo test	\N	2026-01-01 00:04:03+00	\N
368	57	10	Ok tomorrow can check ready hello coffee naïve friday deploy café	\N	2026-01-01 00:04:03.5+00	\N
369	65	17	Café	\N	2026-01-01 00:04:04+00	\N
370	18	16	Can build the ありがとう meeting danke deploy straße bug demo gracias 🎉 ok can ticket lunch merci test	\N	2026-01-01 00:04:04.5+00	\N
371	57	10	Hello friday 👍 this bug slides is спасибо green done lunch this tomorrow test tomorrow	\N	2026-01-01 00:04:05+00	\N
372	77	4	Slides check 👍 slides done later спасибо review is test ticket café naïve naïve naïve friday straße	\N	2026-01-01 00:04:05.5+00	\N
373	67	14	Danke release lunch sure can release straße merci straße please you deploy café test done please résumé hello	\N	2026-01-01 00:04:06+00	\N
374	78	36	Can done the review	\N	2026-01-01 00:04:06.5+00	\N
375	57	6	Straße 🎉	\N	2026-01-01 00:04:07+00	\N
376	57	10	Bug is again	\N	2026-01-01 00:04:07.5+00	\N
377	11	19	Sure	\N	2026-01-01 00:04:08+00	\N
378	70	37	Danke build deploy straße coffee sure demo is 🎉 meeting build sure release 👍 sure	\N	2026-01-01 00:04:08.5+00	\N
379	66	32	Slides bug this merci ありがとう can please later done спасибо ready friday later meeting ありがとう 👍	\N	2026-01-01 00:04:09+00	\N
380	27	7	Later demo the hello slides sure test ありがとう build deploy merci ok bug résumé 🎉	\N	2026-01-01 00:04:09.5+00	\N
381	57	10	Build test deploy can test naïve again ticket ready tomorrow	\N	2026-01-01 00:04:10+00	\N
382	57	10	Again naïve slides naïve release deploy 🎉 ticket	\N	2026-01-01 00:04:10.5+00	\N
383	15	1	Again done ありがとう check is naïve 👍	\N	2026-01-01 00:04:11+00	\N
384	15	1	ありがとう build build merci 👍 café straße test straße ok	\N	2026-01-01 00:04:11.5+00	\N
385	57	6	Test naïve later спасибо ありがとう slides release meeting naïve ticket ok the deploy ticket again	\N	2026-01-01 00:04:12+00	\N
386	57	6	Again café deploy sure slides check check 👍 release sure meeting спасибо green	\N	2026-01-01 00:04:12.5+00	\N
387	13	5	Ok tomorrow 👍 merci friday please ready merci please 🎉 danke	\N	2026-01-01 00:04:13+00	\N
388	34	4	Please ok is deploy hello 👍 coffee release hello ありがとう gracias спасибо lunch friday merci ありがとう done	\N	2026-01-01 00:04:13.5+00	\N
389	38	11	Merci test bug slides please sure 🎉 later deploy lunch	\N	2026-01-01 00:04:14+00	\N
390	44	22	Café bug 👍 the this	\N	2026-01-01 00:04:14.5+00	\N
391	57	6	This café café straße straße merci demo build tomorrow	\N	2026-01-01 00:04:15+00	\N
392	13	29	Merci	\N	2026-01-01 00:04:15.5+00	\N
393	57	10	Coffee release deploy bug done 👍 friday 👍 naïve	\N	2026-01-01 00:04:16+00	\N
394	57	10	Meeting 👍 ありがとう café résumé please friday friday lunch merci done ok done slides 🎉 bug meeting	\N	2026-01-01 00:04:16.5+00	\N
395	1	38	Review review bug the the again merci is this lunch coffee later	\N	2026-01-01 00:04:17+00	\N
396	57	10	Naïve coffee can gracias this 🎉 done you demo meeting deploy	\N	2026-01-01 00:04:17.5+00	\N
397	77	4	Check check review coffee coffee test coffee ok green release green naïve спасибо	\N	2026-01-01 00:04:18+00	\N
398	8	19	Straße café you	\N	2026-01-01 00:04:18.5+00	\N
399	12	25	Ready tomorrow can ok merci naïve slides you danke naïve	\N	2026-01-01 00:04:19+00	\N
400	20	30	Deploy ありがとう gracias merci tomorrow naïve build done ready ok green again again slides merci	\N	2026-01-01 00:04:19.5+00	\N
401	11	19	Slides done lunch	\N	2026-01-01 00:04:20+00	\N
402	24	10	Deploy test check check release later again friday green hello naïve can this 🎉 you ready merci спасибо	\N	2026-01-01 00:04:20.5+00	\N
403	44	22	Bug build review спасибо green review this спасибо ticket 👍 merci later	\N	2026-01-01 00:04:21+00	\N
404	14	24	Again demo check ok 👍	\N	2026-01-01 00:04:21.5+00	\N
405	5	21	This check you ありがとう 🎉 slides straße bug ok ready hello résumé meeting résumé test résumé coffee friday	\N	2026-01-01 00:04:22+00	\N
406	32	35	Ready release résumé release check this is deploy sure friday ready coffee	\N	2026-01-01 00:04:22.5+00	\N
407	11	1	Straße later is meeting спасибо naïve hello	\N	2026-01-01 00:04:23+00	\N
408	20	40	Later straße green straße test please test спасибо is tomorrow	\N	2026-01-01 00:04:23.5+00	\N
409	11	1	Résumé 🎉 meeting deploy check	\N	2026-01-01 00:04:24+00	\N
410	57	10	Ready deploy friday 🎉	\N	2026-01-01 00:04:24.5+00	\N
411	57	10	Sure danke	\N	2026-01-01 00:04:25+00	\N
412	58	10	Café sure 🎉 is ticket check straße review naïve test ready résumé tomorrow you straße café this	\N	2026-01-01 00:04:25.5+00	\N
413	39	31	Café tomorrow	\N	2026-01-01 00:04:26+00	\N
414	57	10	Ticket meeting coffee build please can build meeting check slides you can green	\N	2026-01-01 00:04:26.5+00	\N
415	53	1	Can deploy slides test 👍 friday résumé can merci build green you 🎉	\N	2026-01-01 00:04:27+00	\N
416	57	10	Ready release you merci meeting	\N	2026-01-01 00:04:27.5+00	\N
417	31	16	🎉 review review release lunch please test ありがとう is slides	\N	2026-01-01 00:04:28+00	\N
418	57	10	Can café résumé friday please release	\N	2026-01-01 00:04:28.5+00	\N
419	38	11	Please ok	\N	2026-01-01 00:04:29+00	\N
420	27	11	Gracias gracias check sure meeting	\N	2026-01-01 00:04:29.5+00	\N
421	11	1	Спасибо meeting bug coffee café merci hello bug sure danke can deploy check build hello deploy	\N	2026-01-01 00:04:30+00	\N
422	13	10	Straße naïve lunch slides demo this check ready lunch release done café résumé bug hello demo straße	\N	2026-01-01 00:04:30.5+00	\N
423	15	1	Спасибо deploy ok done 🎉 demo friday can check this please ready can gracias merci 🎉 ready	\N	2026-01-01 00:04:31+00	\N
424	27	2	Green release this ticket this deploy café 👍 test	\N	2026-01-01 00:04:31.5+00	\N
425	20	30	Hello ticket naïve ありがとう 🎉 is green спасибо ticket deploy ok please	\N	2026-01-01 00:04:32+00	\N
426	20	30	Is 🎉 🎉 tomorrow danke later friday danke meeting lunch release naïve tomorrow lunch	\N	2026-01-01 00:04:32.5+00	\N
427	57	10	Done merci ありがとう merci the the спасибо ready sure straße café meeting is later coffee 🎉	\N	2026-01-01 00:04:33+00	\N
428	44	28	Demo ok you demo you straße please deploy later sure release deploy this sure is is tomorrow build	\N	2026-01-01 00:04:33.5+00	\N
429	57	10	Ok review naïve ok	\N	2026-01-01 00:04:34+00	\N
430	10	16	Can done meeting test ありがとう test can café gracias again	\N	2026-01-01 00:04:34.5+00	\N
431	8	19	Deploy friday résumé you friday you the	\N	2026-01-01 00:04:35+00	\N
432	31	11	Gracias 👍 ok ticket release ready ありがとう deploy done gracias	\N	2026-01-01 00:04:35.5+00	\N
433	57	10	Ready	\N	2026-01-01 00:04:36+00	\N
434	57	6	Meeting ありがとう the ready	\N	2026-01-01 00:04:36.5+00	\N
435	57	10	Tomorrow спасибо ありがとう green is 🎉 build friday gracias bug 👍 meeting	\N	2026-01-01 00:04:37+00	\N
436	59	13	Спасибо meeting ありがとう hello again can 🎉 bug	\N	2026-01-01 00:04:37.5+00	\N
437	12	18	ありがとう review test danke bug review demo sure	\N	2026-01-01 00:04:38+00	\N
438	57	6	Gracias later this again gracias tomorrow 👍	\N	2026-01-01 00:04:38.5+00	\N
439	57	10	Coffee test build	\N	2026-01-01 00:04:39+00	\N
440	57	6	Slides straße	\N	2026-01-01 00:04:39.5+00	\N
441	33	18	ありがとう can is meeting coffee check release 🎉 ありがとう merci build ok résumé coffee	\N	2026-01-01 00:04:40+00	\N
442	65	1	Green demo lunch	\N	2026-01-01 00:04:40.5+00	\N
443	73	40	Build ticket demo	\N	2026-01-01 00:04:41+00	\N
444	10	34	This please	\N	2026-01-01 00:04:41.5+00	\N
445	20	40	The the gracias merci sure release ok hello later gracias later gracias naïve done café is this спасибо	\N	2026-01-01 00:04:42+00	\N
446	40	29	Ok ok ありがとう hello slides 🎉 tomorrow release	\N	2026-01-01 00:04:42.5+00	\N
447	67	14	Спасибо ok review 🎉 gracias deploy merci	\N	2026-01-01 00:04:43+00	\N
448	20	30	Green this done release hello 👍 résumé later naïve coffee спасибо review ready résumé deploy slides sure ok	\N	2026-01-01 00:04:43.5+00	\N
449	6	18	Check café merci slides test café coffee	\N	2026-01-01 00:04:44+00	\N
450	28	33	Sure спасибо build merci ready review	\N	2026-01-01 00:04:44.5+00	\N
451	11	11	Спасибо deploy ticket green meeting naïve tomorrow friday this	\N	2026-01-01 00:04:45+00	\N
452	48	2	ありがとう you bug build demo check the ok again please straße	\N	2026-01-01 00:04:45.5+00	\N
453	8	1	Done slides build coffee the build green is sure	\N	2026-01-01 00:04:46+00	\N
454	78	9	Later café build coffee meeting build green the meeting check lunch build review hello merci slides	\N	2026-01-01 00:04:46.5+00	\N
455	6	38	🎉 sure ok review slides	\N	2026-01-01 00:04:47+00	\N
456	11	19	Review release ready later demo coffee tomorrow tomorrow check hello deploy hello naïve can slides ありがとう test	\N	2026-01-01 00:04:47.5+00	\N
457	46	1	Done please tomorrow green	\N	2026-01-01 00:04:48+00	\N
458	63	15	This sure meeting 🎉	\N	2026-01-01 00:04:48.5+00	\N
459	22	29	👍 friday deploy	\N	2026-01-01 00:04:49+00	\N
460	47	8	Спасибо bug	\N	2026-01-01 00:04:49.5+00	\N
461	12	33	👍 straße ありがとう bug	\N	2026-01-01 00:04:50+00	\N
462	45	11	You danke slides this release	\N	2026-01-01 00:04:50.5+00	\N
463	14	20	Ready release the again hello merci review	\N	2026-01-01 00:04:51+00	\N
464	56	36	Ok ticket the hello	\N	2026-01-01 00:04:51.5+00	\N
465	74	24	Can green ticket café can this lunch danke ready lunch café coffee slides straße again friday	\N	2026-01-01 00:04:52+00	\N
466	15	1	Done straße demo test test slides ready review demo tomorrow is sure straße coffee later review lunch	\N	2026-01-01 00:04:52.5+00	\N
467	8	1	Done hello check review straße this later done meeting done hello gracias ok release slides	\N	2026-01-01 00:04:53+00	\N
468	57	10	ありがとう test check	\N	2026-01-01 00:04:53.5+00	\N
469	27	7	Test review bug this lunch release bug test	\N	2026-01-01 00:04:54+00	\N
470	57	10	The slides ありがとう build green you review ready can tomorrow danke merci ありがとう hello bug slides 🎉	\N	2026-01-01 00:04:54.5+00	\N
471	74	24	Done ありがとう again hello friday straße ticket спасибо merci green gracias review coffee спасибо	\N	2026-01-01 00:04:55+00	\N
472	68	28	Meeting release later green later green ready naïve danke this merci tomorrow build this	\N	2026-01-01 00:04:55.5+00	\N
473	57	10	Review review meeting slides demo meeting ありがとう 👍 sure 🎉	\N	2026-01-01 00:04:56+00	\N
474	11	11	Please	\N	2026-01-01 00:04:56.5+00	\N
475	59	23	Спасибо ok ticket спасибо again meeting meeting 🎉 bug check hello again test coffee is	\N	2026-01-01 00:04:57+00	\N
476	76	8	Résumé спасибо build friday please review 👍	\N	2026-01-01 00:04:57.5+00	\N
477	50	15	Again done ありがとう check is naïve 👍	\N	2026-01-01 00:04:58+00	\N
478	6	38	Build tomorrow café coffee demo	\N	2026-01-01 00:04:58.5+00	\N
479	61	7	Hello naïve deploy the danke	\N	2026-01-01 00:04:59+00	\N
480	23	2	Danke résumé done ticket can you 👍	\N	2026-01-01 00:04:59.5+00	\N
481	21	36	Bug straße is hello slides bug lunch friday review danke green release 👍 café hello tomorrow	\N	2026-01-01 00:05:00+00	\N
482	57	6	Ready later bug the you deploy naïve done again 🎉 again deploy naïve tomorrow café done спасибо	\N	2026-01-01 00:05:00.5+00	\N
483	71	15	Straße	\N	2026-01-01 00:05:01+00	\N
484	13	1	Спасибо please bug merci	\N	2026-01-01 00:05:01.5+00	\N
485	6	18	Lunch café café coffee café check test please naïve naïve is danke спасибо can check	\N	2026-01-01 00:05:02+00	\N
486	45	26	Tomorrow review café 🎉 ok please gracias friday can green	\N	2026-01-01 00:05:02.5+00	\N
487	57	10	Coffee ticket deploy again lunch friday release coffee later ok deploy tomorrow	\N	2026-01-01 00:05:03+00	\N
488	57	10	Green bug danke green you	\N	2026-01-01 00:05:03.5+00	\N
489	63	15	Release meeting résumé coffee résumé naïve friday naïve this can	\N	2026-01-01 00:05:04+00	\N
490	53	1	Gracias 🎉	\N	2026-01-01 00:05:04.5+00	\N
491	57	6	Test meeting hello is test is ready you this merci lunch gracias build this this build later this	\N	2026-01-01 00:05:05+00	\N
492	11	11	Slides can done build bug danke is gracias lunch 👍 bug release release gracias ok 👍 ありがとう meeting	\N	2026-01-01 00:05:05.5+00	\N
493	8	19	Build спасибо build straße meeting 👍 can deploy tomorrow merci ありがとう 👍 this check meeting friday bug danke	\N	2026-01-01 00:05:06+00	\N
494	71	9	Tomorrow build bug review	\N	2026-01-01 00:05:06.5+00	\N
495	58	35	Ready ok build this ticket merci later meeting coffee meeting deploy lunch build friday slides coffee	\N	2026-01-01 00:05:07+00	\N
496	74	16	Test danke naïve	\N	2026-01-01 00:05:07.5+00	\N
497	70	37	Check ticket straße demo please ありがとう slides 🎉	\N	2026-01-01 00:05:08+00	\N
498	8	1	Meeting merci ありがとう	\N	2026-01-01 00:05:08.5+00	\N
499	61	38	👍 danke ありがとう coffee ready again check résumé please demo gracias ready sure check check résumé	\N	2026-01-01 00:05:09+00	\N
500	11	19	This ready straße review check ありがとう ready bug straße 🎉 build deploy demo gracias lunch ok slides hello	\N	2026-01-01 00:05:09.5+00	\N
501	57	6	Danke gracias this this done done green check tomorrow résumé	\N	2026-01-01 00:05:10+00	\N
502	13	30	Hello coffee coffee café demo you ありがとう merci coffee meeting ticket danke done test ありがとう meeting	\N	2026-01-01 00:05:10.5+00	\N
503	19	6	Naïve 👍 coffee gracias coffee ready 🎉	\N	2026-01-01 00:05:11+00	\N
504	66	32	Test check ok green friday release спасибо 👍 sure check sure tomorrow demo	\N	2026-01-01 00:05:11.5+00	\N
505	57	10	Review green merci can please done спасибо is release demo demo straße review	\N	2026-01-01 00:05:12+00	\N
506	31	16	Lunch straße hello danke gracias is merci please build merci 🎉 review	\N	2026-01-01 00:05:12.5+00	\N
507	76	1	Straße	\N	2026-01-01 00:05:13+00	\N
508	1	33	Tomorrow test hello check coffee ready danke slides merci ok meeting hello naïve slides lunch	\N	2026-01-01 00:05:13.5+00	\N
509	45	26	Coffee спасибо résumé 🎉 demo résumé slides you straße build test ticket	\N	2026-01-01 00:05:14+00	\N
510	57	6	🎉 the ready later ok	\N	2026-01-01 00:05:14.5+00	\N
511	57	10	Sure later is release ありがとう slides résumé спасибо tomorrow done slides demo	\N	2026-01-01 00:05:15+00	\N
512	67	14	Merci done 🎉 friday ありがとう спасибо again bug demo meeting check danke the	\N	2026-01-01 00:05:15.5+00	\N
513	27	40	ありがとう ありがとう green slides again straße ありがとう deploy slides straße green is gracias release спасибо meeting	\N	2026-01-01 00:05:16+00	\N
514	80	33	Straße ok please café release 👍 release ready danke ready you	\N	2026-01-01 00:05:16.5+00	\N
515	46	16	Ticket this slides danke green tomorrow is is later test	\N	2026-01-01 00:05:17+00	\N
516	15	1	Résumé friday ok straße ok ok merci you hello danke	\N	2026-01-01 00:05:17.5+00	\N
517	8	1	Is straße deploy hello you	\N	2026-01-01 00:05:18+00	\N
518	13	24	Done ok bug gracias friday is gracias later is ok test café спасибо straße review hello done again	\N	2026-01-01 00:05:18.5+00	\N
519	57	10	Done 🎉 build ticket danke coffee ready friday	\N	2026-01-01 00:05:19+00	\N
520	30	35	🎉 release you ticket green ready is build спасибо is 👍	\N	2026-01-01 00:05:19.5+00	\N
521	42	11	This friday you hello gracias gracias résumé tomorrow is check friday 🎉	\N	2026-01-01 00:05:20+00	\N
522	69	6	Friday deploy the 👍	\N	2026-01-01 00:05:20.5+00	\N
523	43	28	Résumé deploy done ready review please lunch résumé	\N	2026-01-01 00:05:21+00	\N
524	50	8	🎉 demo check slides ticket this sure	\N	2026-01-01 00:05:21.5+00	\N
525	45	11	Meeting lunch hello is ok ready again bug спасибо	\N	2026-01-01 00:05:22+00	\N
526	66	32	Later done lunch later later slides again again ok ありがとう danke build test coffee gracias check review	\N	2026-01-01 00:05:22.5+00	\N
527	62	33	Review 🎉 спасибо deploy	\N	2026-01-01 00:05:23+00	\N
528	12	33	The the gracias merci sure release ok hello later gracias later gracias naïve done café is this спасибо	\N	2026-01-01 00:05:23.5+00	\N
529	57	6	👍 merci done	\N	2026-01-01 00:05:24+00	\N
530	11	19	Meeting build ready sure friday lunch	\N	2026-01-01 00:05:24.5+00	\N
531	66	6	Résumé demo is gracias test 👍 green release the slides café please slides later	\N	2026-01-01 00:05:25+00	\N
532	36	35	The slides ありがとう build green you review ready can tomorrow danke merci ありがとう hello bug slides 🎉	\N	2026-01-01 00:05:25.5+00	\N
533	57	10	Green hello tomorrow later deploy is	\N	2026-01-01 00:05:26+00	\N
534	14	24	Спасибо coffee can again	\N	2026-01-01 00:05:26.5+00	\N
535	48	9	Ok ready ready	\N	2026-01-01 00:05:27+00	\N
536	66	28	Coffee demo slides hello café slides tomorrow tomorrow sure спасибо naïve test later café later ありがとう	\N	2026-01-01 00:05:27.5+00	\N
537	75	17	Résumé	\N	2026-01-01 00:05:28+00	\N
538	57	6	Résumé lunch ready gracias deploy lunch	\N	2026-01-01 00:05:28.5+00	\N
539	20	40	🎉	\N	2026-01-01 00:05:29+00	\N
540	70	37	Ok check спасибо demo 🎉 slides please please 👍 ok	\N	2026-01-01 00:05:29.5+00	\N
541	11	11	Coffee is bug review coffee is ready tomorrow café check later 🎉 ready résumé meeting build check	\N	2026-01-01 00:05:30+00	\N
542	57	6	Lunch résumé gracias naïve slides meeting ok ok ありがとう slides sure	\N	2026-01-01 00:05:30.5+00	\N
543	57	6	Can	\N	2026-01-01 00:05:31+00	\N
544	22	29	Is danke gracias danke ticket ticket merci again merci lunch ticket test	\N	2026-01-01 00:05:31.5+00	\N
545	10	16	Review 👍 slides спасибо straße	\N	2026-01-01 00:05:32+00	\N
546	57	6	Can friday slides merci straße ticket meeting deploy naïve 🎉 ありがとう review is 👍 👍 lunch	\N	2026-01-01 00:05:32.5+00	\N
547	79	31	The coffee 🎉 the again this review 👍 slides bug straße straße release can résumé спасибо café café	\N	2026-01-01 00:05:33+00	\N
548	53	1	Is you review green ticket friday you deploy спасибо bug hello ありがとう can naïve please	\N	2026-01-01 00:05:33.5+00	\N
549	57	6	Release coffee you is release 👍 👍 🎉 спасибо the gracias hello is green 👍	\N	2026-01-01 00:05:34+00	\N
550	17	25	Hello later bug café this review danke спасибо build again build	\N	2026-01-01 00:05:34.5+00	\N
551	20	30	🎉 lunch coffee danke	\N	2026-01-01 00:05:35+00	\N
552	78	8	Lunch gracias please slides gracias ready you ticket	\N	2026-01-01 00:05:35.5+00	\N
553	47	17	Merci done friday this this résumé café bug naïve	\N	2026-01-01 00:05:36+00	\N
554	74	24	Review 🎉 you tomorrow hello you straße	\N	2026-01-01 00:05:36.5+00	\N
555	57	10	Review deploy coffee you green slides can build deploy the done ticket is is	\N	2026-01-01 00:05:37+00	\N
556	23	2	Check naïve friday ok gracias ありがとう café straße done can test the ありがとう ありがとう again	\N	2026-01-01 00:05:37.5+00	\N
557	12	2	Lunch résumé release again build done slides deploy demo спасибо green later can deploy sure danke the gracias	\N	2026-01-01 00:05:38+00	\N
558	53	1	Café ありがとう you tomorrow straße merci tomorrow	\N	2026-01-01 00:05:38.5+00	\N
559	57	10	Later 👍 hello demo 🎉 friday merci check	\N	2026-01-01 00:05:39+00	\N
560	32	35	Deploy test ありがとう coffee merci спасибо coffee спасибо ありがとう later ok check 👍 you 🎉	\N	2026-01-01 00:05:39.5+00	\N
561	27	11	Done later later you build later done review friday friday test straße	\N	2026-01-01 00:05:40+00	\N
562	14	24	Please please résumé ok the bug tomorrow deploy the résumé спасибо done 👍 résumé gracias	\N	2026-01-01 00:05:40.5+00	\N
563	68	28	Résumé naïve you 👍 release tomorrow meeting again ready build demo bug	\N	2026-01-01 00:05:41+00	\N
564	57	6	Review 🎉 спасибо green build can спасибо demo café the test release	\N	2026-01-01 00:05:41.5+00	\N
565	18	16	Is 🎉 🎉 tomorrow danke later friday danke meeting lunch release naïve tomorrow lunch	\N	2026-01-01 00:05:42+00	\N
566	15	3	Test check ok green friday release спасибо 👍 sure check sure tomorrow demo	\N	2026-01-01 00:05:42.5+00	\N
567	7	3	🎉 demo again ticket ticket demo	\N	2026-01-01 00:05:43+00	\N
568	25	27	Straße naïve résumé again review please	\N	2026-01-01 00:05:43.5+00	\N
569	31	16	Café test ok lunch review ready the the release straße review	\N	2026-01-01 00:05:44+00	\N
570	20	30	Ticket ok check bug hello спасибо café later the danke friday build green review café later	\N	2026-01-01 00:05:44.5+00	\N
571	57	6	Sure lunch can	\N	2026-01-01 00:05:45+00	\N
572	26	3	Naïve release résumé done build hello résumé gracias ありがとう merci friday bug	\N	2026-01-01 00:05:45.5+00	\N
573	13	36	Lunch gracias 🎉 the later test release sure release 👍 please the	\N	2026-01-01 00:05:46+00	\N
574	45	11	Ok lunch later sure done ok	\N	2026-01-01 00:05:46.5+00	\N
575	57	10	Meeting you straße release sure lunch release release slides	\N	2026-01-01 00:05:47+00	\N
576	45	26	Merci sure meeting bug ありがとう test ticket green test ticket you	\N	2026-01-01 00:05:47.5+00	\N
577	15	1	👍 done again deploy again you ticket résumé the	\N	2026-01-01 00:05:48+00	\N
578	22	7	Lunch lunch gracias deploy 👍 coffee coffee can hello	\N	2026-01-01 00:05:48.5+00	\N
579	10	32	Release demo friday friday naïve green coffee friday спасибо can ok review	\N	2026-01-01 00:05:49+00	\N
580	34	39	Ticket test demo coffee coffee green ticket release ok sure done again ok	\N	2026-01-01 00:05:49.5+00	\N
581	74	16	The ready coffee build review bug meeting hello danke спасибо demo check	\N	2026-01-01 00:05:50+00	\N
582	23	25	Deploy check hello deploy ticket lunch meeting straße bug ok demo done later résumé deploy naïve later ok	\N	2026-01-01 00:05:50.5+00	\N
583	45	26	Coffee deploy naïve green later ok	\N	2026-01-01 00:05:51+00	\N
584	76	8	You ticket later merci meeting you hello	\N	2026-01-01 00:05:51.5+00	\N
585	32	35	Sure lunch can	\N	2026-01-01 00:05:52+00	\N
586	58	35	Meeting done спасибо bug naïve tomorrow sure merci naïve	\N	2026-01-01 00:05:52.5+00	\N
587	15	3	Спасибо slides coffee meeting check check you again you meeting naïve ticket ready straße	\N	2026-01-01 00:05:53+00	\N
588	8	19	Check	\N	2026-01-01 00:05:53.5+00	\N
589	56	17	👍 release naïve	\N	2026-01-01 00:05:54+00	\N
590	24	8	Tomorrow is спасибо lunch	\N	2026-01-01 00:05:54.5+00	\N
591	44	28	Bug hello meeting bug please the release check demo	\N	2026-01-01 00:05:55+00	\N
592	63	15	Straße check you later	\N	2026-01-01 00:05:55.5+00	\N
593	63	7	Straße you	\N	2026-01-01 00:05:56+00	\N
594	62	33	The 🎉 coffee check	\N	2026-01-01 00:05:56.5+00	\N
595	38	31	Green coffee again sure friday gracias coffee check review	\N	2026-01-01 00:05:57+00	\N
596	57	10	Demo résumé 👍 review please build green gracias coffee release the ready demo build lunch merci can	\N	2026-01-01 00:05:57.5+00	\N
597	67	14	Sure green release hello ありがとう	\N	2026-01-01 00:05:58+00	\N
598	57	6	Build 🎉	\N	2026-01-01 00:05:58.5+00	\N
599	45	26	Ready lunch 👍 review bug slides sure meeting	\N	2026-01-01 00:05:59+00	\N
600	11	19	Green check the slides test ready straße lunch danke done slides release gracias merci	\N	2026-01-01 00:05:59.5+00	\N
601	33	18	Ok 👍 friday	\N	2026-01-01 00:06:00+00	\N
602	44	28	Résumé review lunch is ticket tomorrow can is ready bug test ticket naïve	\N	2026-01-01 00:06:00.5+00	\N
603	35	1	Please green later	\N	2026-01-01 00:06:01+00	\N
604	74	24	Demo demo release again release later this sure straße danke again this	\N	2026-01-01 00:06:01.5+00	\N
605	57	10	Tomorrow ready friday naïve sure bug this gracias the review you ありがとう is later friday	\N	2026-01-01 00:06:02+00	\N
606	8	19	Review résumé merci release	\N	2026-01-01 00:06:02.5+00	\N
607	57	6	This deploy build	\N	2026-01-01 00:06:03+00	\N
608	57	6	The test later résumé meeting merci please gracias check tomorrow the 🎉	\N	2026-01-01 00:06:03.5+00	\N
609	53	27	Test again straße hello again danke done done	\N	2026-01-01 00:06:04+00	\N
610	57	10	Again done ありがとう check is naïve 👍	\N	2026-01-01 00:06:04.5+00	\N
611	56	38	Please café again ready coffee tomorrow test 👍 lunch 👍 ok ありがとう this build	\N	2026-01-01 00:06:05+00	\N
612	57	6	Lunch ok you can 🎉 naïve bug	\N	2026-01-01 00:06:05.5+00	\N
613	38	11	Please check 👍 check release	\N	2026-01-01 00:06:06+00	\N
614	21	19	Ticket later gracias спасибо coffee straße ok please demo straße lunch	\N	2026-01-01 00:06:06.5+00	\N
615	61	38	Ready green check lunch later you test bug you ok ticket release meeting again review straße naïve	\N	2026-01-01 00:06:07+00	\N
616	8	19	Lunch the	\N	2026-01-01 00:06:07.5+00	\N
617	45	11	Coffee can 👍 lunch again later test hello merci green deploy again	\N	2026-01-01 00:06:08+00	\N
618	18	21	Résumé the release this lunch this	\N	2026-01-01 00:06:08.5+00	\N
619	20	30	Test résumé ありがとう danke	\N	2026-01-01 00:06:09+00	\N
620	20	30	Green again demo sure you merci ok	\N	2026-01-01 00:06:09.5+00	\N
621	5	7	Ticket please merci you 👍 👍 can check build test deploy is again is the tomorrow	\N	2026-01-01 00:06:10+00	\N
622	20	40	Merci	\N	2026-01-01 00:06:10.5+00	\N
623	8	19	Lunch again 🎉 you naïve спасибо	\N	2026-01-01 00:06:11+00	\N
624	22	29	Danke done deploy ticket	\N	2026-01-01 00:06:11.5+00	\N
625	10	25	Build ありがとう deploy tomorrow done please merci ok done	\N	2026-01-01 00:06:12+00	\N
626	28	20	Ready danke test ticket later gracias green later the bug ticket lunch 👍 lunch спасибо ready slides ok	\N	2026-01-01 00:06:12.5+00	\N
627	69	5	Ticket ready merci deploy can ok green you café ready ticket is tomorrow test can slides can café	\N	2026-01-01 00:06:13+00	\N
628	12	33	Спасибо ready hello 👍 naïve	\N	2026-01-01 00:06:13.5+00	\N
629	20	30	Green спасибо sure green 🎉 lunch naïve test this friday slides tomorrow gracias	\N	2026-01-01 00:06:14+00	\N
630	38	11	Lunch friday ok you naïve bug meeting slides	\N	2026-01-01 00:06:14.5+00	\N
631	12	18	Meeting slides again you 🎉 ticket 🎉 merci this test this спасибо meeting	\N	2026-01-01 00:06:15+00	\N
632	63	7	Danke done 👍 sure ready test later naïve check review merci again ready résumé straße done спасибо	\N	2026-01-01 00:06:15.5+00	\N
633	76	1	Release danke done danke merci green	\N	2026-01-01 00:06:16+00	\N
634	1	33	Later green ready gracias ok lunch hello bug ok	\N	2026-01-01 00:06:16.5+00	\N
635	30	30	Naïve coffee hello bug demo lunch please merci tomorrow résumé sure slides check review is résumé meeting lunch	\N	2026-01-01 00:06:17+00	\N
636	57	6	The coffee danke friday is sure tomorrow check can hello slides the check build meeting ありがとう	\N	2026-01-01 00:06:17.5+00	\N
637	49	27	Naïve friday test hello review friday naïve check sure gracias	\N	2026-01-01 00:06:18+00	\N
638	57	6	Straße naïve résumé again review please	\N	2026-01-01 00:06:18.5+00	\N
639	57	10	Résumé meeting tomorrow test coffee straße is slides ok again green done 👍	\N	2026-01-01 00:06:19+00	\N
640	11	1	Danke naïve ok this	\N	2026-01-01 00:06:19.5+00	\N
641	57	6	Ticket tomorrow	\N	2026-01-01 00:06:20+00	\N
642	38	11	Ticket test demo	\N	2026-01-01 00:06:20.5+00	\N
643	78	19	Danke ticket meeting demo 👍 danke ありがとう naïve	\N	2026-01-01 00:06:21+00	\N
644	57	10	Green 👍 🎉 résumé this danke this review demo ok sure deploy ok can later	\N	2026-01-01 00:06:21.5+00	\N
645	8	1	Check lunch coffee meeting green can done review café hello this 🎉 again deploy you review ok	\N	2026-01-01 00:06:22+00	\N
646	67	14	Café green ready café ok done is can check gracias sure	\N	2026-01-01 00:06:22.5+00	\N
647	16	26	Slides ok hello спасибо the please later	\N	2026-01-01 00:06:23+00	\N
648	17	25	Coffee	\N	2026-01-01 00:06:23.5+00	\N
649	57	6	Sure hello slides again again 🎉 👍 ok ready	\N	2026-01-01 00:06:24+00	\N
650	44	22	Meeting hello meeting green 🎉 ok this demo check later please meeting this	\N	2026-01-01 00:06:24.5+00	\N
651	31	11	Gracias deploy hello danke	\N	2026-01-01 00:06:25+00	\N
652	67	14	The coffee ありがとう bug done this ready you later café ok	\N	2026-01-01 00:06:25.5+00	\N
653	57	6	Naïve naïve you you спасибо is résumé	\N	2026-01-01 00:06:26+00	\N
654	25	1	Straße release again meeting ok ready ready hello	\N	2026-01-01 00:06:26.5+00	\N
655	17	25	🎉 ありがとう	\N	2026-01-01 00:06:27+00	\N
656	57	6	Done later	\N	2026-01-01 00:06:27.5+00	\N
657	25	17	Ready tomorrow ticket green is meeting release friday test ありがとう lunch 🎉 slides	\N	2026-01-01 00:06:28+00	\N
658	16	26	Review coffee спасибо danke gracias straße meeting hello sure please sure	\N	2026-01-01 00:06:28.5+00	\N
659	15	3	Later tomorrow tomorrow résumé can release done ticket the done 👍 deploy please green lunch	\N	2026-01-01 00:06:29+00	\N
660	30	21	Ok 🎉 meeting café release straße	\N	2026-01-01 00:06:29.5+00	\N
661	57	10	Demo check test gracias is green 👍	\N	2026-01-01 00:06:30+00	\N
662	13	10	Again ありがとう résumé coffee deploy naïve 👍 gracias спасибо can lunch the test again ready is	\N	2026-01-01 00:06:30.5+00	\N
663	1	33	Meeting bug review release is спасибо	\N	2026-01-01 00:06:31+00	\N
664	33	18	Demo sure gracias ok résumé gracias tomorrow review release	\N	2026-01-01 00:06:31.5+00	\N
665	21	4	Ok slides	\N	2026-01-01 00:06:32+00	\N
666	21	39	Danke test done tomorrow slides gracias this résumé ok danke gracias please deploy ticket café спасибо hello	\N	2026-01-01 00:06:32.5+00	\N
667	34	39	Straße résumé merci спасибо ticket this demo спасибо	\N	2026-01-01 00:06:33+00	\N
668	40	1	Slides again can ready is this	\N	2026-01-01 00:06:33.5+00	\N
669	24	8	Hello 👍 release ready tomorrow release	\N	2026-01-01 00:06:34+00	\N
670	10	34	Can ありがとう merci 🎉 can lunch ok 🎉 deploy check	\N	2026-01-01 00:06:34.5+00	\N
671	57	10	Review friday	\N	2026-01-01 00:06:35+00	\N
672	39	4	Again	\N	2026-01-01 00:06:35.5+00	\N
673	57	6	Green спасибо ready friday bug café ok release merci résumé	\N	2026-01-01 00:06:36+00	\N
674	24	10	Build ありがとう straße again tomorrow sure tomorrow done ありがとう build friday	\N	2026-01-01 00:06:36.5+00	\N
675	57	10	Danke deploy	\N	2026-01-01 00:06:37+00	\N
676	73	33	Tomorrow review 🎉 demo you ready 👍 👍 danke résumé спасибо danke merci ticket release	\N	2026-01-01 00:06:37.5+00	\N
677	38	11	Naïve	\N	2026-01-01 00:06:38+00	\N
678	78	8	Done release review straße can release lunch this demo 🎉 slides résumé 👍 gracias build naïve	\N	2026-01-01 00:06:38.5+00	\N
679	45	11	Is bug done gracias green later deploy	\N	2026-01-01 00:06:39+00	\N
680	21	2	Deploy résumé ready	\N	2026-01-01 00:06:39.5+00	\N
681	14	24	Later please done 🎉 ok tomorrow this the 🎉 ありがとう review café again demo merci	\N	2026-01-01 00:06:40+00	\N
682	8	19	Coffee ok can later bug naïve danke ありがとう straße you lunch	\N	2026-01-01 00:06:40.5+00	\N
683	4	33	Friday straße 🎉 the gracias this build спасибо coffee build café hello done again review ありがとう test can	\N	2026-01-01 00:06:41+00	\N
684	76	8	Test résumé ありがとう danke	\N	2026-01-01 00:06:41.5+00	\N
685	45	11	Merci release спасибо résumé bug test review lunch is green friday demo can the again naïve	\N	2026-01-01 00:06:42+00	\N
686	38	11	Ready coffee tomorrow	\N	2026-01-01 00:06:42.5+00	\N
687	38	11	Slides 🎉 build lunch the slides you please hello café check спасибо coffee ok	\N	2026-01-01 00:06:43+00	\N
688	57	10	Done can slides	\N	2026-01-01 00:06:43.5+00	\N
689	57	10	Can release deploy is gracias meeting 🎉 résumé bug release lunch danke test ticket later release coffee	\N	2026-01-01 00:06:44+00	\N
690	80	29	This sure green	\N	2026-01-01 00:06:44.5+00	\N
691	8	19	The ready slides tomorrow this tomorrow this later résumé later ready is lunch спасибо ありがとう ready tomorrow	\N	2026-01-01 00:06:45+00	\N
692	31	11	Ticket 🎉 спасибо is straße test again café later 🎉 café danke later test gracias gracias résumé is	\N	2026-01-01 00:06:45.5+00	\N
693	76	1	Ticket test ready is merci check gracias slides this again gracias danke tomorrow green ready slides bug	\N	2026-01-01 00:06:46+00	\N
694	26	3	Résumé again 🎉 demo café straße coffee check meeting is build merci release release friday	\N	2026-01-01 00:06:46.5+00	\N
695	13	12	👍 you lunch meeting спасибо deploy hello straße coffee 🎉 slides again naïve release	\N	2026-01-01 00:06:47+00	\N
696	45	26	Review naïve test again ticket test done please ticket naïve danke ready the ticket danke green merci straße	\N	2026-01-01 00:06:47.5+00	\N
697	57	10	Is can 👍 tomorrow check danke ありがとう hello résumé	\N	2026-01-01 00:06:48+00	\N
698	18	21	Test slides	\N	2026-01-01 00:06:48.5+00	\N
699	1	38	The please gracias green slides café please can the	\N	2026-01-01 00:06:49+00	\N
700	57	10	ありがとう naïve green lunch can slides 👍	\N	2026-01-01 00:06:49.5+00	\N
701	22	7	Release danke 🎉 review merci straße again friday merci straße sure friday please coffee this later	\N	2026-01-01 00:06:50+00	\N
702	39	31	Gracias ありがとう test sure merci straße deploy can release later green ticket build tomorrow can meeting	\N	2026-01-01 00:06:50.5+00	\N
703	27	7	Merci ticket danke 👍 gracias gracias tomorrow	\N	2026-01-01 00:06:51+00	\N
704	55	12	Danke can please again deploy check danke tomorrow gracias can can	\N	2026-01-01 00:06:51.5+00	\N
705	2	31	Résumé 🎉 check demo bug test straße résumé ready test later tomorrow tomorrow is straße straße	\N	2026-01-01 00:06:52+00	\N
706	20	30	Check ready sure review check this résumé	\N	2026-01-01 00:06:52.5+00	\N
707	80	29	Ticket 👍 résumé done danke meeting meeting meeting build this review	\N	2026-01-01 00:06:53+00	\N
708	57	6	Coffee ready merci ready danke 👍 build meeting sure 🎉 ticket	\N	2026-01-01 00:06:53.5+00	\N
709	70	40	The hello review done	\N	2026-01-01 00:06:54+00	\N
710	57	6	Sure the ありがとう the slides hello tomorrow ありがとう ready merci review green done naïve ready ok café test	\N	2026-01-01 00:06:54.5+00	\N
711	57	6	Lunch green	\N	2026-01-01 00:06:55+00	\N
712	56	15	Demo ありがとう demo résumé bug green slides ticket ticket meeting	\N	2026-01-01 00:06:55.5+00	\N
713	6	38	Ok is test again this hello is review deploy you café	\N	2026-01-01 00:06:56+00	\N
714	62	30	Build	\N	2026-01-01 00:06:56.5+00	\N
715	57	6	Can merci coffee спасибо the café again gracias is demo	\N	2026-01-01 00:06:57+00	\N
716	77	3	Merci this спасибо ありがとう	\N	2026-01-01 00:06:57.5+00	\N
717	73	33	Demo straße please again you merci this bug test done done ticket demo	\N	2026-01-01 00:06:58+00	\N
718	45	11	Tomorrow спасибо	\N	2026-01-01 00:06:58.5+00	\N
719	44	28	Bug спасибо can 👍 green meeting done review	\N	2026-01-01 00:06:59+00	\N
720	13	18	Green demo lunch	\N	2026-01-01 00:06:59.5+00	\N
721	62	30	Review review test straße naïve please	\N	2026-01-01 00:07:00+00	\N
722	53	27	Done build check résumé build bug please later you merci	\N	2026-01-01 00:07:00.5+00	\N
723	34	39	Done build build merci naïve test later merci green is green	\N	2026-01-01 00:07:01+00	\N
724	14	24	Gracias release hello check done is green the résumé résumé ありがとう demo bug friday ok bug lunch merci	\N	2026-01-01 00:07:01.5+00	\N
725	14	24	The 👍 straße meeting ready gracias	\N	2026-01-01 00:07:02+00	\N
726	27	2	Demo	\N	2026-01-01 00:07:02.5+00	\N
727	48	2	Ready ticket café danke release deploy friday ありがとう	\N	2026-01-01 00:07:03+00	\N
728	8	19	Résumé is ready ok straße 🎉 ticket can done review 👍 meeting sure is	\N	2026-01-01 00:07:03.5+00	\N
729	57	10	Gracias gracias please	\N	2026-01-01 00:07:04+00	\N
730	57	10	🎉 tomorrow ok résumé ticket straße slides the done tomorrow the the résumé ok again done	\N	2026-01-01 00:07:04.5+00	\N
731	27	2	🎉 café is release ありがとう review please done demo gracias again ありがとう	\N	2026-01-01 00:07:05+00	\N
732	22	29	This merci slides the the bug the merci hello done ready green demo	\N	2026-01-01 00:07:05.5+00	\N
733	23	25	Naïve ticket review sure slides check merci	\N	2026-01-01 00:07:06+00	\N
734	49	27	Again lunch coffee	\N	2026-01-01 00:07:06.5+00	\N
735	38	11	Café slides lunch coffee meeting café	\N	2026-01-01 00:07:07+00	\N
736	17	24	Review can green release slides build release 👍 deploy meeting 🎉 is ok again review review lunch friday	\N	2026-01-01 00:07:07.5+00	\N
737	6	38	Is done again this sure you 🎉 👍 check done	\N	2026-01-01 00:07:08+00	\N
738	57	10	Ticket please merci you 👍 👍 can check build test deploy is again is the tomorrow	\N	2026-01-01 00:07:08.5+00	\N
739	57	6	Gracias please this the this merci danke deploy hello please ok is bug deploy slides slides 👍 danke	\N	2026-01-01 00:07:09+00	\N
740	18	21	Test deploy again check test deploy check sure sure later naïve 🎉 🎉 bug ok	\N	2026-01-01 00:07:09.5+00	\N
741	27	11	Gracias coffee tomorrow	\N	2026-01-01 00:07:10+00	\N
742	13	24	ありがとう meeting test release gracias tomorrow résumé	\N	2026-01-01 00:07:10.5+00	\N
743	57	6	Ready bug ticket the hello спасибо hello coffee	\N	2026-01-01 00:07:11+00	\N
744	51	8	Ticket meeting coffee build please can build meeting check slides you can green	\N	2026-01-01 00:07:11.5+00	\N
745	57	6	Test test test review ready	\N	2026-01-01 00:07:12+00	\N
746	36	27	ありがとう sure lunch please merci ok gracias is can slides merci danke is deploy ready slides	\N	2026-01-01 00:07:12.5+00	\N
747	48	2	Hello build build	\N	2026-01-01 00:07:13+00	\N
748	57	10	Please done спасибо friday ok is straße test friday the this bug danke green done can 🎉 demo	\N	2026-01-01 00:07:13.5+00	\N
749	13	30	Friday deploy sure review sure done tomorrow review tomorrow merci please coffee is done	\N	2026-01-01 00:07:14+00	\N
750	24	10	Merci ticket release meeting build ready is ありがとう done please is is	\N	2026-01-01 00:07:14.5+00	\N
751	34	15	Can done the review	\N	2026-01-01 00:07:15+00	\N
752	62	33	Can спасибо résumé hello naïve	\N	2026-01-01 00:07:15.5+00	\N
753	57	6	Deploy ok lunch bug is merci done can	\N	2026-01-01 00:07:16+00	\N
754	74	24	Résumé danke done review meeting gracias	\N	2026-01-01 00:07:16.5+00	\N
755	57	10	Ready can please	\N	2026-01-01 00:07:17+00	\N
756	56	38	Sure later can ticket build merci 🎉 meeting please you done ありがとう straße	\N	2026-01-01 00:07:17.5+00	\N
757	57	10	Bug later merci спасибо	\N	2026-01-01 00:07:18+00	\N
758	67	1	Is спасибо tomorrow slides slides demo 🎉 can	\N	2026-01-01 00:07:18.5+00	\N
759	17	24	Slides check 👍 slides done later спасибо review is test ticket café naïve naïve naïve friday straße	\N	2026-01-01 00:07:19+00	\N
760	57	6	Bug coffee naïve ready merci 👍 ありがとう demo gracias 🎉 the ok tomorrow gracias merci ok release tomorrow	\N	2026-01-01 00:07:19.5+00	\N
761	48	9	Deploy ok sure green café check later ticket café again 👍 danke review спасибо	\N	2026-01-01 00:07:20+00	\N
762	20	30	Merci meeting this lunch green demo please you later bug deploy 👍 ありがとう	\N	2026-01-01 00:07:20.5+00	\N
763	8	1	Lunch résumé gracias naïve slides meeting ok ok ありがとう slides sure	\N	2026-01-01 00:07:21+00	\N
764	51	31	Friday	\N	2026-01-01 00:07:21.5+00	\N
765	24	10	Straße deploy friday спасибо	\N	2026-01-01 00:07:22+00	\N
766	57	10	Hello gracias done hello café 🎉	\N	2026-01-01 00:07:22.5+00	\N
767	57	10	Gracias danke check café check release sure merci meeting meeting deploy ready deploy please again ready	\N	2026-01-01 00:07:23+00	\N
768	45	26	Test please café deploy done green meeting this please release straße this sure you can	\N	2026-01-01 00:07:23.5+00	\N
769	28	31	Test test review 🎉	\N	2026-01-01 00:07:24+00	\N
770	72	17	Спасибо straße slides merci again ticket you can bug	\N	2026-01-01 00:07:24.5+00	\N
771	8	19	Ready	\N	2026-01-01 00:07:25+00	\N
772	16	9	Review naïve test slides ready this demo can deploy ありがとう please ticket please done	\N	2026-01-01 00:07:25.5+00	\N
773	50	22	Résumé ok coffee coffee release tomorrow lunch merci please	\N	2026-01-01 00:07:26+00	\N
774	57	10	Sure tomorrow test build	\N	2026-01-01 00:07:26.5+00	\N
775	53	27	ありがとう lunch bug release deploy this ticket done later demo build hello résumé coffee check again the is	\N	2026-01-01 00:07:27+00	\N
776	78	9	Check later check bug hello	\N	2026-01-01 00:07:27.5+00	\N
777	3	26	Ok bug done this sure build lunch спасибо you later	\N	2026-01-01 00:07:28+00	\N
778	34	4	Ok check 🎉 can gracias deploy 🎉	\N	2026-01-01 00:07:28.5+00	\N
779	36	35	Спасибо merci résumé green you 🎉 again straße résumé please review	\N	2026-01-01 00:07:29+00	\N
780	22	7	Straße is the release 🎉 danke is bug hello you review спасибо	\N	2026-01-01 00:07:29.5+00	\N
781	67	14	Can спасибо 🎉 straße	\N	2026-01-01 00:07:30+00	\N
782	57	10	Hello straße is lunch naïve hello later 🎉 is ok is	\N	2026-01-01 00:07:30.5+00	\N
783	6	38	Build danke friday спасибо deploy danke later bug gracias test hello sure café friday done спасибо bug build	\N	2026-01-01 00:07:31+00	\N
784	23	25	Hello naïve ありがとう this 🎉 🎉 the résumé you hello you	\N	2026-01-01 00:07:31.5+00	\N
785	57	10	Please bug café review ありがとう can demo tomorrow naïve tomorrow deploy danke meeting danke check friday green résumé	\N	2026-01-01 00:07:32+00	\N
786	20	40	Coffee friday café done tomorrow ありがとう résumé hello test tomorrow	\N	2026-01-01 00:07:32.5+00	\N
787	54	23	Bug merci ticket release friday review coffee done gracias	\N	2026-01-01 00:07:33+00	\N
788	57	10	Friday gracias please the hello	\N	2026-01-01 00:07:33.5+00	\N
789	55	12	Lunch спасибо	\N	2026-01-01 00:07:34+00	\N
790	8	1	Done can coffee slides done hello ありがとう friday test 🎉 ok again later ready deploy demo release ticket	\N	2026-01-01 00:07:34.5+00	\N
791	57	10	Lunch build sure coffee 👍 test build meeting	\N	2026-01-01 00:07:35+00	\N
792	62	30	Спасибо again tomorrow please please please ready coffee résumé review build coffee bug lunch 👍 build ありがとう	\N	2026-01-01 00:07:35.5+00	\N
793	45	11	Meeting	\N	2026-01-01 00:07:36+00	\N
794	8	19	Ready bug	\N	2026-01-01 00:07:36.5+00	\N
795	64	24	Test done	\N	2026-01-01 00:07:37+00	\N
796	68	28	Build ticket tomorrow naïve hello ありがとう lunch again later	\N	2026-01-01 00:07:37.5+00	\N
797	47	8	Straße	\N	2026-01-01 00:07:38+00	\N
798	6	38	Lunch review lunch lunch gracias this done 🎉 this can ok review ありがとう friday	\N	2026-01-01 00:07:38.5+00	\N
799	57	10	Slides ok hello спасибо the please later	\N	2026-01-01 00:07:39+00	\N
800	57	10	Ticket ありがとう lunch done slides lunch the please check again deploy friday	\N	2026-01-01 00:07:39.5+00	\N
801	20	40	Please straße straße ok build спасибо meeting meeting review спасибо ありがとう later danke ready test later release ok	\N	2026-01-01 00:07:40+00	\N
802	27	40	Coffee again this lunch green спасибо ticket coffee you friday demo 🎉 later	\N	2026-01-01 00:07:40.5+00	\N
803	57	10	Slides coffee you check test you the you ready спасибо you later 🎉 ticket tomorrow is straße café	\N	2026-01-01 00:07:41+00	\N
804	57	6	Ready build tomorrow review gracias lunch merci green	\N	2026-01-01 00:07:41.5+00	\N
805	57	10	Again release ready naïve release check demo friday	\N	2026-01-01 00:07:42+00	\N
806	71	15	Please	\N	2026-01-01 00:07:42.5+00	\N
807	53	27	Green green review спасибо meeting done	\N	2026-01-01 00:07:43+00	\N
808	5	7	Can 🎉 gracias ticket ありがとう ticket meeting	\N	2026-01-01 00:07:43.5+00	\N
809	74	24	Coffee the green ticket	\N	2026-01-01 00:07:44+00	\N
810	58	35	Bug merci ticket release friday review coffee done gracias	\N	2026-01-01 00:07:44.5+00	\N
811	67	14	Straße demo test café check	\N	2026-01-01 00:07:45+00	\N
812	63	15	Straße tomorrow demo straße lunch done demo sure green ok straße	\N	2026-01-01 00:07:45.5+00	\N
813	13	29	Is demo please meeting can gracias café	\N	2026-01-01 00:07:46+00	\N
814	74	24	You straße tomorrow merci demo sure	\N	2026-01-01 00:07:46.5+00	\N
815	57	6	Bug demo ticket is ticket café later 🎉 demo check slides 👍 🎉 tomorrow demo is danke this	\N	2026-01-01 00:07:47+00	\N
816	45	11	Ready bug	\N	2026-01-01 00:07:47.5+00	\N
817	45	11	Hello please meeting review test hello is done café 🎉 the friday	\N	2026-01-01 00:07:48+00	\N
818	25	1	Green deploy coffee you ありがとう release tomorrow demo you lunch this résumé check bug	\N	2026-01-01 00:07:48.5+00	\N
819	12	22	Meeting gracias 👍 naïve demo build deploy 🎉 lunch danke you	\N	2026-01-01 00:07:49+00	\N
820	59	23	Hello lunch ready	\N	2026-01-01 00:07:49.5+00	\N
821	57	6	Спасибо	\N	2026-01-01 00:07:50+00	\N
822	11	1	👍 can résumé hello	\N	2026-01-01 00:07:50.5+00	\N
823	62	33	Спасибо again tomorrow please please please ready coffee résumé review build coffee bug lunch 👍 build ありがとう	\N	2026-01-01 00:07:51+00	\N
824	68	26	Ok lunch later sure done ok	\N	2026-01-01 00:07:51.5+00	\N
825	57	6	Merci done 🎉 friday ありがとう спасибо again bug demo meeting check danke the	\N	2026-01-01 00:07:52+00	\N
826	30	24	Later you résumé merci coffee coffee deploy	\N	2026-01-01 00:07:52.5+00	\N
827	57	10	Ticket hello naïve deploy danke	\N	2026-01-01 00:07:53+00	\N
828	57	10	Merci résumé coffee sure	\N	2026-01-01 00:07:53.5+00	\N
829	67	1	Can	\N	2026-01-01 00:07:54+00	\N
830	57	10	Спасибо check release danke 🎉 deploy tomorrow спасибо	\N	2026-01-01 00:07:54.5+00	\N
831	57	6	Again later спасибо done deploy danke	\N	2026-01-01 00:07:55+00	\N
832	34	4	Please this sure sure release ありがとう sure you deploy sure meeting 🎉 please	\N	2026-01-01 00:07:55.5+00	\N
833	57	6	Lunch straße café is naïve hello 🎉 tomorrow straße done sure hello danke sure is	\N	2026-01-01 00:07:56+00	\N
834	21	40	ありがとう 🎉 is ready ok ticket ありがとう 🎉 friday naïve done sure please ready can merci ready ticket	\N	2026-01-01 00:07:56.5+00	\N
835	45	11	This please	\N	2026-01-01 00:07:57+00	\N
836	15	3	Deploy demo straße 🎉 release the merci спасибо ready	\N	2026-01-01 00:07:57.5+00	\N
837	45	11	🎉 résumé gracias	\N	2026-01-01 00:07:58+00	\N
838	59	13	Test hello hello please naïve ありがとう danke 👍 ready hello 👍 you lunch check	\N	2026-01-01 00:07:58.5+00	\N
839	39	4	🎉 ありがとう green 🎉	\N	2026-01-01 00:07:59+00	\N
840	53	1	Test danke naïve	\N	2026-01-01 00:07:59.5+00	\N
841	57	6	Done you café naïve build done résumé green 👍 done ok later sure this later спасибо straße bug	\N	2026-01-01 00:08:00+00	\N
842	38	11	👍 sure later later merci done ready is friday	\N	2026-01-01 00:08:00.5+00	\N
843	78	9	ありがとう ticket done lunch спасибо hello deploy done please résumé the hello friday lunch green danke this	\N	2026-01-01 00:08:01+00	\N
844	61	38	Ticket deploy ready bug hello hello	\N	2026-01-01 00:08:01.5+00	\N
845	57	10	👍 straße demo lunch спасибо green coffee 👍 again sure	\N	2026-01-01 00:08:02+00	\N
846	38	11	Later gracias you the slides 🎉	\N	2026-01-01 00:08:02.5+00	\N
847	38	11	Demo ready please again bug can can slides later hello merci meeting naïve	\N	2026-01-01 00:08:03+00	\N
848	10	32	The friday ありがとう please lunch café you the is can ready meeting slides green you	\N	2026-01-01 00:08:03.5+00	\N
849	16	9	Bug meeting спасибо demo this review you danke please ok later ok café gracias ありがとう green slides	\N	2026-01-01 00:08:04+00	\N
850	70	40	Hello gracias done hello café 🎉	\N	2026-01-01 00:08:04.5+00	\N
851	12	25	Test test test danke meeting review merci ありがとう bug bug can	\N	2026-01-01 00:08:05+00	\N
852	22	7	Demo review review the test test bug	\N	2026-01-01 00:08:05.5+00	\N
853	16	26	Done coffee danke build 👍 later friday hello build merci tomorrow	\N	2026-01-01 00:08:06+00	\N
854	12	4	Résumé ありがとう tomorrow merci is coffee ticket ok ok later meeting friday tomorrow the	\N	2026-01-01 00:08:06.5+00	\N
855	57	6	Can hello check demo ありがとう check please ありがとう résumé ticket lunch build you	\N	2026-01-01 00:08:07+00	\N
856	5	21	Sure check tomorrow review review friday спасибо hello the test is ticket friday again sure ありがとう this sure	\N	2026-01-01 00:08:07.5+00	\N
857	15	1	👍 coffee straße you is ready the merci 👍 review the green gracias please danke review release is	\N	2026-01-01 00:08:08+00	\N
858	16	9	You demo 🎉 naïve this meeting later ありがとう can bug	\N	2026-01-01 00:08:08.5+00	\N
859	34	39	Lunch sure résumé ありがとう check build check deploy ありがとう is please friday test	\N	2026-01-01 00:08:09+00	\N
860	41	33	Slides	\N	2026-01-01 00:08:09.5+00	\N
861	79	31	Please 👍 🎉	\N	2026-01-01 00:08:10+00	\N
862	74	16	Résumé friday 🎉 check	\N	2026-01-01 00:08:10.5+00	\N
863	42	29	Straße hello friday gracias 🎉 green tomorrow done green is test danke résumé naïve naïve ok can	\N	2026-01-01 00:08:11+00	\N
864	34	4	Lunch release demo release résumé café again this merci ok lunch merci	\N	2026-01-01 00:08:11.5+00	\N
865	2	31	Ticket résumé 🎉 спасибо lunch later deploy the tomorrow ticket hello later 👍 lunch later you	\N	2026-01-01 00:08:12+00	\N
866	17	25	Straße 👍 hello sure	\N	2026-01-01 00:08:12.5+00	\N
867	57	6	Hello hello demo green slides slides deploy sure lunch	\N	2026-01-01 00:08:13+00	\N
868	57	6	Release check ticket coffee the naïve	\N	2026-01-01 00:08:13.5+00	\N
869	22	7	The please review friday	\N	2026-01-01 00:08:14+00	\N
870	16	9	Build straße ready tomorrow the please demo the hello the bug résumé demo tomorrow	\N	2026-01-01 00:08:14.5+00	\N
871	57	6	Meeting you green coffee naïve café the slides 🎉	\N	2026-01-01 00:08:15+00	\N
872	27	7	Résumé gracias hello coffee tomorrow is slides build lunch	\N	2026-01-01 00:08:15.5+00	\N
873	69	29	Again 👍 release ありがとう this demo ありがとう ticket 🎉 again slides 👍 straße merci later merci	\N	2026-01-01 00:08:16+00	\N
874	6	18	You build green ok hello naïve review	\N	2026-01-01 00:08:16.5+00	\N
875	44	22	Спасибо straße later the hello coffee 🎉 release straße спасибо check 🎉 спасибо demo this can deploy	\N	2026-01-01 00:08:17+00	\N
876	76	1	Release you green later спасибо friday done ticket ticket release is review review ticket release review	\N	2026-01-01 00:08:17.5+00	\N
877	12	14	Danke is the the 🎉 slides friday check 👍 lunch danke danke can ready green green	\N	2026-01-01 00:08:18+00	\N
878	57	6	Later test ready later coffee 🎉 🎉 lunch merci can build hello	\N	2026-01-01 00:08:18.5+00	\N
879	55	11	Done green naïve demo is friday slides the gracias	\N	2026-01-01 00:08:19+00	\N
880	57	6	Test ありがとう can demo meeting done demo deploy	\N	2026-01-01 00:08:19.5+00	\N
881	57	10	The lunch ありがとう ありがとう merci demo merci bug gracias lunch demo test lunch sure ticket the	\N	2026-01-01 00:08:20+00	\N
882	31	16	Slides lunch ticket 🎉 café later ready 👍 ok lunch again build merci demo danke deploy café	\N	2026-01-01 00:08:20.5+00	\N
883	57	6	Deploy ok gracias the bug deploy ready this can build ready ok later	\N	2026-01-01 00:08:21+00	\N
884	12	32	ありがとう you bug build demo check the ok again please straße	\N	2026-01-01 00:08:21.5+00	\N
885	50	22	Danke ready 🎉 ありがとう	\N	2026-01-01 00:08:22+00	\N
886	45	26	Release straße again meeting danke slides спасибо lunch café danke test green the straße demo gracias	\N	2026-01-01 00:08:22.5+00	\N
887	79	31	Build	\N	2026-01-01 00:08:23+00	\N
888	41	39	Can done meeting test ありがとう test can café gracias again	\N	2026-01-01 00:08:23.5+00	\N
889	57	6	👍 ready is café	\N	2026-01-01 00:08:24+00	\N
890	63	15	Спасибо lunch you can done	\N	2026-01-01 00:08:24.5+00	\N
891	12	30	This tomorrow deploy is спасибо check ticket straße ok danke bug build ありがとう lunch you 👍 green	\N	2026-01-01 00:08:25+00	\N
892	5	21	Naïve test danke ありがとう done build you bug this is gracias café later friday	\N	2026-01-01 00:08:25.5+00	\N
893	64	2	Done ready again build gracias merci ready naïve café is done naïve meeting tomorrow green café	\N	2026-01-01 00:08:26+00	\N
894	22	7	Coffee gracias later tomorrow meeting please later ありがとう you ticket done naïve check hello review please release the	\N	2026-01-01 00:08:26.5+00	\N
895	22	7	Deploy café slides bug merci meeting please 🎉 danke ok 🎉 🎉 can build	\N	2026-01-01 00:08:27+00	\N
896	67	1	This ready straße bug this slides test café	\N	2026-01-01 00:08:27.5+00	\N
897	79	31	Café green sure 👍 merci merci this is tomorrow again slides tomorrow bug is naïve gracias coffee	\N	2026-01-01 00:08:28+00	\N
898	67	14	Test café test meeting café build ok done	\N	2026-01-01 00:08:28.5+00	\N
899	5	7	Slides you done meeting friday straße café release	\N	2026-01-01 00:08:29+00	\N
900	20	30	Review straße done bug please coffee coffee ready review спасибо tomorrow please naïve	\N	2026-01-01 00:08:29.5+00	\N
901	45	11	👍 sure bug 🎉 ありがとう bug please danke done review tomorrow спасибо is merci	\N	2026-01-01 00:08:30+00	\N
902	63	15	Meeting ready coffee build ありがとう please 👍	\N	2026-01-01 00:08:30.5+00	\N
903	10	34	Green café is slides ok café résumé ありがとう merci the résumé coffee you merci tomorrow deploy slides	\N	2026-01-01 00:08:31+00	\N
904	74	24	Спасибо sure gracias please again is	\N	2026-01-01 00:08:31.5+00	\N
905	7	31	Please slides	\N	2026-01-01 00:08:32+00	\N
906	62	30	Sure	\N	2026-01-01 00:08:32.5+00	\N
907	64	24	Tomorrow check tomorrow this release bug done meeting please deploy bug build green the sure bug friday	\N	2026-01-01 00:08:33+00	\N
908	39	4	You friday merci coffee ticket later 🎉 test ok ok sure hello test done	\N	2026-01-01 00:08:33.5+00	\N
909	43	36	Bug coffee review later build café	\N	2026-01-01 00:08:34+00	\N
910	28	11	Green hello done deploy bug résumé merci sure ありがとう coffee is ありがとう bug hello	\N	2026-01-01 00:08:34.5+00	\N
911	13	25	Slides again test this deploy review build done	\N	2026-01-01 00:08:35+00	\N
913	5	21	You résumé you ok the deploy build ok done done	\N	2026-01-01 00:08:36+00	\N
914	57	10	Gracias slides	\N	2026-01-01 00:08:36.5+00	\N
915	27	40	🎉	\N	2026-01-01 00:08:37+00	\N
916	57	6	Release спасибо спасибо ticket release deploy bug is hello meeting check please	\N	2026-01-01 00:08:37.5+00	\N
917	57	6	Meeting check hello please tomorrow release demo sure release café test build résumé	\N	2026-01-01 00:08:38+00	\N
918	44	28	Gracias gracias naïve again ticket hello 🎉 gracias 👍	\N	2026-01-01 00:08:38.5+00	\N
919	10	34	Green deploy you test 🎉 you please test hello naïve	\N	2026-01-01 00:08:39+00	\N
920	17	24	Sure gracias lunch merci ありがとう demo 👍 you please straße ok danke ticket you	\N	2026-01-01 00:08:39.5+00	\N
921	2	31	Coffee review the ありがとう спасибо slides 🎉 lunch again review slides	\N	2026-01-01 00:08:40+00	\N
922	45	26	Hello review hello ok again	\N	2026-01-01 00:08:40.5+00	\N
923	32	35	Slides coffee ready straße check meeting спасибо danke merci ready lunch	\N	2026-01-01 00:08:41+00	\N
924	57	6	Tomorrow release gracias later hello demo ありがとう	\N	2026-01-01 00:08:41.5+00	\N
925	23	2	Done merci hello ready later is can deploy café ok demo tomorrow green slides ok test	\N	2026-01-01 00:08:42+00	\N
926	67	1	Can gracias ok naïve ready	\N	2026-01-01 00:08:42.5+00	\N
927	64	2	👍 can résumé hello	\N	2026-01-01 00:08:43+00	\N
928	57	6	Спасибо deploy lunch again danke	\N	2026-01-01 00:08:43.5+00	\N
929	57	6	Gracias deploy tomorrow done this ok ありがとう straße demo check спасибо coffee test	\N	2026-01-01 00:08:44+00	\N
930	20	30	Ready hello build lunch demo bug slides	\N	2026-01-01 00:08:44.5+00	\N
931	32	36	Merci you this demo check bug ありがとう coffee this ありがとう deploy build is naïve	\N	2026-01-01 00:08:45+00	\N
932	57	10	Ready review done meeting demo done deploy	\N	2026-01-01 00:08:45.5+00	\N
933	4	16	Gracias naïve спасибо done build friday hello test coffee naïve test demo	\N	2026-01-01 00:08:46+00	\N
934	11	1	You done review later naïve ok meeting green ありがとう danke you danke ok	\N	2026-01-01 00:08:46.5+00	\N
935	76	1	Friday release straße café later 👍 deploy	\N	2026-01-01 00:08:47+00	\N
936	57	10	Meeting please review merci café you demo danke merci ok is hello naïve deploy	\N	2026-01-01 00:08:47.5+00	\N
937	57	6	Lunch release demo release résumé café again this merci ok lunch merci	\N	2026-01-01 00:08:48+00	\N
938	27	2	Review résumé merci release	\N	2026-01-01 00:08:48.5+00	\N
939	79	39	Release ありがとう done 👍 danke ok 🎉 please you release test 👍 tomorrow	\N	2026-01-01 00:08:49+00	\N
940	8	19	Deploy ok check can naïve merci coffee	\N	2026-01-01 00:08:49.5+00	\N
941	57	10	Ok deploy coffee ready ありがとう café build tomorrow спасибо the спасибо later ready ok 🎉 gracias спасибо	\N	2026-01-01 00:08:50+00	\N
942	57	6	Ticket	\N	2026-01-01 00:08:50.5+00	\N
943	1	34	Done 🎉 sure review coffee deploy 👍 release deploy bug green slides test gracias review friday slides can	\N	2026-01-01 00:08:51+00	\N
944	22	7	Ticket 🎉 café the hello please test the ありがとう the bug café green please ready green ticket ありがとう	\N	2026-01-01 00:08:51.5+00	\N
945	63	15	Deploy спасибо demo sure build 👍 straße café green please gracias résumé please friday deploy review demo	\N	2026-01-01 00:08:52+00	\N
946	76	8	Sure coffee again this ticket lunch done straße friday sure meeting build deploy check gracias ok	\N	2026-01-01 00:08:52.5+00	\N
947	15	3	This this can résumé tomorrow danke ありがとう meeting friday naïve sure	\N	2026-01-01 00:08:53+00	\N
948	44	22	Is straße résumé lunch slides green meeting	\N	2026-01-01 00:08:53.5+00	\N
949	68	26	Bug meeting naïve lunch tomorrow is review later again	\N	2026-01-01 00:08:54+00	\N
950	57	10	Is test résumé green friday review slides green 🎉 can meeting 🎉 merci 👍 danke	\N	2026-01-01 00:08:54.5+00	\N
951	57	6	Review later review hello done naïve demo again deploy	\N	2026-01-01 00:08:55+00	\N
952	5	21	Green release deploy please	\N	2026-01-01 00:08:55.5+00	\N
953	37	32	Is meeting	\N	2026-01-01 00:08:56+00	\N
954	55	11	Review please ticket test the 👍 done slides review test tomorrow is please green done	\N	2026-01-01 00:08:56.5+00	\N
955	57	10	Ready tomorrow naïve this спасибо	\N	2026-01-01 00:08:57+00	\N
956	57	10	Ticket ありがとう lunch done slides lunch the please check again deploy friday	\N	2026-01-01 00:08:57.5+00	\N
957	67	1	Deploy tomorrow again спасибо is danke lunch meeting friday	\N	2026-01-01 00:08:58+00	\N
958	33	18	Friday green deploy meeting straße naïve friday	\N	2026-01-01 00:08:58.5+00	\N
959	62	30	Release danke ありがとう again can bug tomorrow deploy test sure 👍 coffee can green ok résumé danke	\N	2026-01-01 00:08:59+00	\N
960	33	18	Naïve demo lunch sure this meeting 🎉 green résumé coffee you release merci tomorrow ticket meeting спасибо	\N	2026-01-01 00:08:59.5+00	\N
961	80	33	Merci coffee naïve review 👍 merci coffee check tomorrow 👍 ticket	\N	2026-01-01 00:09:00+00	\N
962	69	39	Demo naïve спасибо build this again	\N	2026-01-01 00:09:00.5+00	\N
963	45	26	Lunch	\N	2026-01-01 00:09:01+00	\N
964	50	8	Review check straße sure 🎉	\N	2026-01-01 00:09:01.5+00	\N
965	57	6	Build later ok	\N	2026-01-01 00:09:02+00	\N
966	57	6	🎉 meeting 🎉 demo check check this later green the friday lunch résumé you ありがとう ready merci	\N	2026-01-01 00:09:02.5+00	\N
967	38	11	Is hello test test slides check naïve sure is café build café release	\N	2026-01-01 00:09:03+00	\N
968	72	21	Merci build please demo the 🎉 ready tomorrow build the sure friday ok straße спасибо hello	\N	2026-01-01 00:09:03.5+00	\N
969	4	16	Naïve ありがとう can check résumé done 👍 can done release merci meeting deploy demo	\N	2026-01-01 00:09:04+00	\N
970	55	22	ありがとう résumé lunch hello résumé résumé	\N	2026-01-01 00:09:04.5+00	\N
971	18	16	Danke naïve ok this	\N	2026-01-01 00:09:05+00	\N
972	25	34	Meeting	\N	2026-01-01 00:09:05.5+00	\N
973	25	1	Release is sure meeting test is this build green release	\N	2026-01-01 00:09:06+00	\N
974	8	1	Naïve this done 🎉 café slides green done ok	\N	2026-01-01 00:09:06.5+00	\N
975	59	13	This coffee gracias meeting later ok straße slides done 👍 спасибо	\N	2026-01-01 00:09:07+00	\N
976	20	30	Coffee friday 🎉 you hello slides done done tomorrow	\N	2026-01-01 00:09:07.5+00	\N
977	11	1	Ticket test demo	\N	2026-01-01 00:09:08+00	\N
978	57	6	Build review lunch slides later you ありがとう deploy ready sure test done straße	\N	2026-01-01 00:09:08.5+00	\N
979	57	10	Ready coffee ありがとう deploy bug again the done release the café ありがとう ticket this slides review test	\N	2026-01-01 00:09:09+00	\N
980	23	2	Tomorrow check later hello hello	\N	2026-01-01 00:09:09.5+00	\N
981	57	10	Lunch is ticket slides deploy check can you спасибо straße deploy	\N	2026-01-01 00:09:10+00	\N
982	22	29	🎉 merci ok slides this bug спасибо meeting bug	\N	2026-01-01 00:09:10.5+00	\N
983	38	11	Ok	\N	2026-01-01 00:09:11+00	\N
984	57	10	Ok can demo danke demo demo ok merci please the review gracias friday check meeting coffee	\N	2026-01-01 00:09:11.5+00	\N
985	45	11	🎉	\N	2026-01-01 00:09:12+00	\N
986	13	2	Lunch bug deploy ok demo 🎉 build green demo	\N	2026-01-01 00:09:12.5+00	\N
987	67	1	🎉 you 👍 can 🎉 sure ok lunch ticket release friday ready friday friday	\N	2026-01-01 00:09:13+00	\N
988	20	30	Naïve gracias hello straße sure review this ready you meeting merci merci can release please tomorrow meeting build	\N	2026-01-01 00:09:13.5+00	\N
989	75	17	Sure friday the this	\N	2026-01-01 00:09:14+00	\N
990	20	40	Ok later lunch release 🎉 lunch test gracias ready	\N	2026-01-01 00:09:14.5+00	\N
991	17	25	Lunch again demo	\N	2026-01-01 00:09:15+00	\N
992	2	37	Hello later lunch ok merci can demo 🎉 résumé the	\N	2026-01-01 00:09:15.5+00	\N
993	68	26	Again ticket café the ticket you deploy	\N	2026-01-01 00:09:16+00	\N
994	45	11	Release sure test deploy merci check later	\N	2026-01-01 00:09:16.5+00	\N
995	45	11	This danke 👍 done green hello build danke gracias merci спасибо straße green ticket done slides tomorrow	\N	2026-01-01 00:09:17+00	\N
996	38	31	Build again meeting tomorrow this demo ok can you спасибо test	\N	2026-01-01 00:09:17.5+00	\N
997	34	15	Ok résumé tomorrow later coffee again merci 👍 danke demo 🎉 done naïve meeting merci friday slides	\N	2026-01-01 00:09:18+00	\N
998	63	15	Résumé tomorrow tomorrow done ticket café danke ready can later	\N	2026-01-01 00:09:18.5+00	\N
999	38	31	Ready ready later 🎉 résumé ready sure friday slides ok tomorrow gracias 👍 hello merci	\N	2026-01-01 00:09:19+00	\N
1000	21	40	Slides you done meeting friday straße café release	\N	2026-01-01 00:09:19.5+00	\N
1001	14	20	Bug спасибо can 👍 green meeting done review	\N	2026-01-01 00:09:20+00	\N
1002	8	1	ありがとう sure hello slides ok café done	\N	2026-01-01 00:09:20.5+00	\N
1003	49	27	Check ok ticket friday this build test test check ticket slides спасибо coffee спасибо	\N	2026-01-01 00:09:21+00	\N
1004	74	16	Coffee ticket deploy again lunch friday release coffee later ok deploy tomorrow	\N	2026-01-01 00:09:21.5+00	\N
1005	62	30	Café check again meeting you	\N	2026-01-01 00:09:22+00	\N
1006	22	7	Спасибо ok review 🎉 gracias deploy merci	\N	2026-01-01 00:09:22.5+00	\N
1007	20	40	Gracias ready 🎉 tomorrow please you tomorrow café slides is meeting review sure tomorrow	\N	2026-01-01 00:09:23+00	\N
1008	74	16	Gracias build demo the ok ありがとう ticket please review ticket the ありがとう	\N	2026-01-01 00:09:23.5+00	\N
1009	44	28	Straße please ありがとう deploy the résumé demo check 🎉 ticket please demo you café 👍	\N	2026-01-01 00:09:24+00	\N
1010	57	6	Lunch again 🎉 you naïve спасибо	\N	2026-01-01 00:09:24.5+00	\N
1011	66	28	Lunch the	\N	2026-01-01 00:09:25+00	\N
1012	57	6	Review done meeting check is later deploy sure	\N	2026-01-01 00:09:25.5+00	\N
1013	13	29	Bug later merci спасибо	\N	2026-01-01 00:09:26+00	\N
1014	47	8	Friday friday	\N	2026-01-01 00:09:26.5+00	\N
1015	59	13	Coffee résumé green review ready ありがとう is is green 👍 slides спасибо can please ありがとう again	\N	2026-01-01 00:09:27+00	\N
1016	47	8	Ready straße deploy	\N	2026-01-01 00:09:27.5+00	\N
1017	57	6	Build ok this ok ready demo	\N	2026-01-01 00:09:28+00	\N
1018	17	25	Lunch 🎉 green спасибо 👍 the résumé demo naïve	\N	2026-01-01 00:09:28.5+00	\N
1019	23	2	Tomorrow спасибо ありがとう green is 🎉 build friday gracias bug 👍 meeting	\N	2026-01-01 00:09:29+00	\N
1020	57	10	Review again sure slides ok lunch meeting	\N	2026-01-01 00:09:29.5+00	\N
1021	25	17	Tomorrow can ok again	\N	2026-01-01 00:09:30+00	\N
1022	57	10	Straße gracias test sure friday merci this coffee 👍 done the is release naïve sure	\N	2026-01-01 00:09:30.5+00	\N
1023	78	27	Friday gracias can the again green ready later again this	\N	2026-01-01 00:09:31+00	\N
1024	2	37	Ready meeting demo green ok hello test	\N	2026-01-01 00:09:31.5+00	\N
1025	57	10	Lunch green can you naïve release later résumé	\N	2026-01-01 00:09:32+00	\N
1026	12	18	You straße ready again café tomorrow café coffee later check this release deploy later later green test	\N	2026-01-01 00:09:32.5+00	\N
1027	66	28	Sure green 👍 demo	\N	2026-01-01 00:09:33+00	\N
1028	13	7	Danke ready merci ticket résumé coffee friday	\N	2026-01-01 00:09:33.5+00	\N
1029	20	30	Friday is gracias merci lunch naïve danke done	\N	2026-01-01 00:09:34+00	\N
1030	57	6	👍 release naïve	\N	2026-01-01 00:09:34.5+00	\N
1031	57	10	Sure test build later ありがとう release meeting friday can green done gracias ありがとう build hello 🎉	\N	2026-01-01 00:09:35+00	\N
1032	17	24	Naïve naïve ありがとう slides deploy demo later résumé check meeting bug green release again is coffee sure résumé	\N	2026-01-01 00:09:35.5+00	\N
1033	41	39	Lunch green can you naïve release later résumé	\N	2026-01-01 00:09:36+00	\N
1034	38	31	Ticket ok review danke danke deploy later later 👍 sure	\N	2026-01-01 00:09:36.5+00	\N
1035	68	30	Deploy this straße ready the demo спасибо check	\N	2026-01-01 00:09:37+00	\N
1036	7	31	Naïve check bug demo straße build later meeting this ありがとう résumé danke 👍 check danke review ticket	\N	2026-01-01 00:09:37.5+00	\N
1037	22	7	Please gracias ok bug ありがとう slides coffee gracias danke	\N	2026-01-01 00:09:38+00	\N
1038	80	29	Is	\N	2026-01-01 00:09:38.5+00	\N
1039	57	10	Test you can later meeting release this tomorrow hello café the café meeting gracias demo demo bug gracias	\N	2026-01-01 00:09:39+00	\N
1040	45	26	Straße you	\N	2026-01-01 00:09:39.5+00	\N
1041	22	7	Please danke release coffee review спасибо sure	\N	2026-01-01 00:09:40+00	\N
1042	3	4	This meeting later deploy again the 👍 résumé ありがとう green deploy straße	\N	2026-01-01 00:09:40.5+00	\N
1043	45	11	Review green again ok café review	\N	2026-01-01 00:09:41+00	\N
1044	57	6	Hello release 👍 👍 test friday tomorrow coffee deploy is ok test meeting straße friday	\N	2026-01-01 00:09:41.5+00	\N
1045	13	34	Deploy friday again	\N	2026-01-01 00:09:42+00	\N
1046	11	19	Ticket résumé 🎉 спасибо lunch later deploy the tomorrow ticket hello later 👍 lunch later you	\N	2026-01-01 00:09:42.5+00	\N
1047	11	1	Bug merci спасибо ありがとう straße	\N	2026-01-01 00:09:43+00	\N
1048	57	6	Ready you gracias build review friday café ok 👍 🎉 sure slides again the the ready	\N	2026-01-01 00:09:43.5+00	\N
1049	57	6	Résumé build this demo tomorrow please coffee you coffee can ticket the release meeting is merci	\N	2026-01-01 00:09:44+00	\N
1050	57	6	Straße friday lunch 👍 this deploy done résumé review you is review naïve ticket release ticket	\N	2026-01-01 00:09:44.5+00	\N
1051	34	39	Tomorrow meeting is test friday slides coffee hello review slides demo slides	\N	2026-01-01 00:09:45+00	\N
1052	44	22	Review release sure ok review	\N	2026-01-01 00:09:45.5+00	\N
1053	68	30	Green release deploy please	\N	2026-01-01 00:09:46+00	\N
1054	57	6	Can hello check demo ありがとう check please ありがとう résumé ticket lunch build you	\N	2026-01-01 00:09:46.5+00	\N
1055	45	26	Ok 👍 lunch can	\N	2026-01-01 00:09:47+00	\N
1056	63	15	Danke friday merci 👍 bug demo ありがとう спасибо 🎉 résumé	\N	2026-01-01 00:09:47.5+00	\N
1057	50	8	Can the deploy check ready you friday ありがとう tomorrow demo	\N	2026-01-01 00:09:48+00	\N
1058	57	10	You 🎉 coffee later straße bug green hello the hello ありがとう tomorrow slides coffee	\N	2026-01-01 00:09:48.5+00	\N
1059	6	38	Café can café danke test done	\N	2026-01-01 00:09:49+00	\N
1060	5	21	Coffee is can is straße check this please lunch 🎉 check merci coffee naïve	\N	2026-01-01 00:09:49.5+00	\N
1061	16	26	Slides danke green	\N	2026-01-01 00:09:50+00	\N
1062	71	15	Friday you straße 🎉 green lunch meeting danke hello	\N	2026-01-01 00:09:50.5+00	\N
1063	21	13	Review straße ok 👍 again sure green you 🎉 ありがとう check friday friday 🎉 спасибо test straße café	\N	2026-01-01 00:09:51+00	\N
1064	12	30	You review straße done 🎉 review hello can is ready can merci	\N	2026-01-01 00:09:51.5+00	\N
1065	63	7	Deploy friday again	\N	2026-01-01 00:09:52+00	\N
1066	8	1	The coffee ready coffee résumé gracias ticket gracias 🎉 merci meeting can	\N	2026-01-01 00:09:52.5+00	\N
1067	21	24	Merci done coffee tomorrow review ticket coffee later 👍 café friday check	\N	2026-01-01 00:09:53+00	\N
1068	6	18	Спасибо bug green gracias sure ありがとう can again naïve naïve slides the coffee demo café straße friday later	\N	2026-01-01 00:09:53.5+00	\N
1069	74	16	Green merci lunch friday meeting again again 🎉 ありがとう slides sure review friday you demo this hello	\N	2026-01-01 00:09:54+00	\N
1070	47	8	Straße green again done this build merci	\N	2026-01-01 00:09:54.5+00	\N
1071	57	6	Hello lunch green check please test coffee спасибо	\N	2026-01-01 00:09:55+00	\N
1072	6	38	Friday review danke green	\N	2026-01-01 00:09:55.5+00	\N
1073	54	11	Merci ticket danke 👍 gracias gracias tomorrow	\N	2026-01-01 00:09:56+00	\N
1074	5	7	Release is the naïve you slides review 🎉 can straße merci	\N	2026-01-01 00:09:56.5+00	\N
1075	38	31	Test again straße hello again danke done done	\N	2026-01-01 00:09:57+00	\N
1076	57	10	You build done again	\N	2026-01-01 00:09:57.5+00	\N
1077	47	27	Sure lunch can	\N	2026-01-01 00:09:58+00	\N
1078	22	29	Bug 🎉 ありがとう again ありがとう please the résumé danke	\N	2026-01-01 00:09:58.5+00	\N
1079	8	19	Straße gracias test sure friday merci this coffee 👍 done the is release naïve sure	\N	2026-01-01 00:09:59+00	\N
1080	50	8	You meeting naïve you deploy 👍 deploy the please danke check ありがとう gracias	\N	2026-01-01 00:09:59.5+00	\N
1081	79	31	Green	\N	2026-01-01 00:10:00+00	\N
1082	55	6	Hello meeting résumé demo спасибо	\N	2026-01-01 00:10:00.5+00	\N
1083	31	16	Release this	\N	2026-01-01 00:10:01+00	\N
1084	68	30	Deploy résumé later tomorrow tomorrow	\N	2026-01-01 00:10:01.5+00	\N
1085	57	10	Café 🎉 hello later friday	\N	2026-01-01 00:10:02+00	\N
1086	10	16	Again test meeting check again	\N	2026-01-01 00:10:02.5+00	\N
1087	8	1	Спасибо test hello café is slides review bug ready ありがとう café green please green green спасибо	\N	2026-01-01 00:10:03+00	\N
1088	57	6	Ok résumé again again friday спасибо please 🎉 naïve gracias danke merci done slides naïve can	\N	2026-01-01 00:10:03.5+00	\N
1089	57	10	Later test deploy review hello merci ticket coffee naïve this résumé merci naïve friday спасибо ready résumé	\N	2026-01-01 00:10:04+00	\N
1090	50	22	ありがとう ok naïve bug hello meeting 🎉 ありがとう hello please sure ok deploy review	\N	2026-01-01 00:10:04.5+00	\N
1091	65	17	Meeting ready slides gracias later lunch résumé green this coffee friday lunch this release résumé merci	\N	2026-01-01 00:10:05+00	\N
1092	71	9	This this can résumé tomorrow danke ありがとう meeting friday naïve sure	\N	2026-01-01 00:10:05.5+00	\N
1093	57	6	Is demo ticket can спасибо release release this hello later friday check merci demo ok résumé you	\N	2026-01-01 00:10:06+00	\N
1094	45	11	Deploy tomorrow danke test bug slides 👍 naïve bug green the merci 👍 can release hello	\N	2026-01-01 00:10:06.5+00	\N
1095	47	27	Hello green café friday ok ready спасибо	\N	2026-01-01 00:10:07+00	\N
1096	20	40	Test deploy please the tomorrow release merci bug gracias deploy you	\N	2026-01-01 00:10:07.5+00	\N
1097	67	14	Build review café gracias coffee review	\N	2026-01-01 00:10:08+00	\N
1098	53	1	Done ticket tomorrow test	\N	2026-01-01 00:10:08.5+00	\N
1099	21	13	Is résumé ready gracias résumé deploy check demo the sure test test ready later	\N	2026-01-01 00:10:09+00	\N
1100	22	29	Is later later coffee slides ready review check straße 👍 deploy ready café straße résumé build	\N	2026-01-01 00:10:09.5+00	\N
1101	63	15	Is спасибо tomorrow slides slides demo 🎉 can	\N	2026-01-01 00:10:10+00	\N
1102	8	19	Naïve bug résumé check tomorrow 👍 👍	\N	2026-01-01 00:10:10.5+00	\N
1103	22	29	Hello hello demo green slides slides deploy sure lunch	\N	2026-01-01 00:10:11+00	\N
1104	57	10	Review review test naïve bug coffee danke bug спасибо	\N	2026-01-01 00:10:11.5+00	\N
1105	74	16	Danke the ありがとう you hello you review merci	\N	2026-01-01 00:10:12+00	\N
1106	13	1	Спасибо merci the done bug lunch ありがとう bug sure tomorrow ありがとう résumé café please ok done	\N	2026-01-01 00:10:12.5+00	\N
1107	67	1	Later danke tomorrow later danke coffee bug	\N	2026-01-01 00:10:13+00	\N
1108	79	39	ありがとう this ticket ありがとう danke hello check	\N	2026-01-01 00:10:13.5+00	\N
1109	57	10	ありがとう you tomorrow later straße hello later coffee café coffee résumé coffee straße deploy green ready ticket again	\N	2026-01-01 00:10:14+00	\N
1110	57	6	Is test naïve deploy	\N	2026-01-01 00:10:14.5+00	\N
1111	57	10	Ready build tomorrow review gracias lunch merci green	\N	2026-01-01 00:10:15+00	\N
1112	57	10	Can bug test you	\N	2026-01-01 00:10:15.5+00	\N
1113	40	29	Green please ありがとう	\N	2026-01-01 00:10:16+00	\N
1114	64	2	Lunch 👍 ありがとう 👍 hello meeting ありがとう deploy check slides danke green tomorrow check friday спасибо test tomorrow	\N	2026-01-01 00:10:16.5+00	\N
1115	57	10	Tomorrow test is straße	\N	2026-01-01 00:10:17+00	\N
1116	62	30	You can demo gracias slides the sure done deploy test résumé slides tomorrow test bug green green friday	\N	2026-01-01 00:10:17.5+00	\N
1117	57	10	👍 release naïve	\N	2026-01-01 00:10:18+00	\N
1118	57	10	Is hello build demo can ok you deploy ok gracias	\N	2026-01-01 00:10:18.5+00	\N
1119	4	29	Résumé friday ticket ありがとう can straße résumé deploy straße meeting sure спасибо review 👍 ticket	\N	2026-01-01 00:10:19+00	\N
1120	57	6	Naïve gracias hello straße sure review this ready you meeting merci merci can release please tomorrow meeting build	\N	2026-01-01 00:10:19.5+00	\N
1121	6	18	Demo résumé merci slides hello check	\N	2026-01-01 00:10:20+00	\N
1122	20	40	Résumé ありがとう green tomorrow is	\N	2026-01-01 00:10:20.5+00	\N
1123	15	1	👍	\N	2026-01-01 00:10:21+00	\N
1124	41	39	Straße build tomorrow test 👍 friday	\N	2026-01-01 00:10:21.5+00	\N
1125	57	6	Test this done straße danke lunch bug please coffee meeting ok this lunch tomorrow	\N	2026-01-01 00:10:22+00	\N
1126	23	2	Is naïve ok meeting you straße спасибо naïve again	\N	2026-01-01 00:10:22.5+00	\N
1127	68	23	You done sure test ありがとう 👍 café straße hello please please danke green release	\N	2026-01-01 00:10:23+00	\N
1128	59	23	This résumé deploy the deploy this café tomorrow ready meeting green straße danke naïve 👍 ticket demo	\N	2026-01-01 00:10:23.5+00	\N
1129	57	6	Please done tomorrow ticket can the deploy	\N	2026-01-01 00:10:24+00	\N
1130	29	25	Is build 🎉 again 🎉 test ready again again friday meeting gracias naïve release	\N	2026-01-01 00:10:24.5+00	\N
1131	38	11	Ticket	\N	2026-01-01 00:10:25+00	\N
1132	10	16	👍 meeting résumé merci coffee ありがとう gracias lunch gracias merci build lunch résumé test slides green friday	\N	2026-01-01 00:10:25.5+00	\N
1133	48	2	Please demo you sure ready 🎉 release café demo check 👍 lunch test slides straße ok gracias	\N	2026-01-01 00:10:26+00	\N
1134	79	31	Is test résumé green friday review slides green 🎉 can meeting 🎉 merci 👍 danke	\N	2026-01-01 00:10:26.5+00	\N
1135	43	36	Release check ticket coffee the naïve	\N	2026-01-01 00:10:27+00	\N
1136	71	15	Release check tomorrow coffee demo done café this meeting ok ready please friday café	\N	2026-01-01 00:10:27.5+00	\N
1137	57	6	Tomorrow gracias the deploy tomorrow the green	\N	2026-01-01 00:10:28+00	\N
1138	48	2	Ok the demo café	\N	2026-01-01 00:10:28.5+00	\N
1139	61	7	You meeting this demo café friday review test again this build ok спасибо merci hello coffee ありがとう you	\N	2026-01-01 00:10:29+00	\N
1140	78	36	Ticket meeting coffee lunch ありがとう résumé sure tomorrow	\N	2026-01-01 00:10:29.5+00	\N
1141	57	6	You gracias gracias straße	\N	2026-01-01 00:10:30+00	\N
1142	77	4	Bug ok demo merci test check gracias you 👍 friday build	\N	2026-01-01 00:10:30.5+00	\N
1143	57	6	Slides résumé done again done demo demo ok again résumé can later build merci ok	\N	2026-01-01 00:10:31+00	\N
1144	11	1	Is	\N	2026-01-01 00:10:31.5+00	\N
1145	57	6	You you ready friday naïve ready deploy résumé ありがとう done naïve	\N	2026-01-01 00:10:32+00	\N
1146	27	7	Please please slides release deploy again спасибо	\N	2026-01-01 00:10:32.5+00	\N
1147	57	6	Friday merci ticket done hello ready	\N	2026-01-01 00:10:33+00	\N
1148	57	10	ありがとう release hello merci ありがとう review friday this coffee build bug done danke please ありがとう green	\N	2026-01-01 00:10:33.5+00	\N
1149	20	30	ありがとう build 🎉 release danke meeting ticket meeting ticket tomorrow gracias gracias спасибо	\N	2026-01-01 00:10:34+00	\N
1150	74	24	Test ready build спасибо friday meeting sure merci the coffee danke coffee hello bug	\N	2026-01-01 00:10:34.5+00	\N
1151	13	37	Café please the later test café 👍 gracias bug the hello ok	\N	2026-01-01 00:10:35+00	\N
1152	11	11	Résumé is can ready again friday this merci merci is check danke	\N	2026-01-01 00:10:35.5+00	\N
1153	22	29	Deploy naïve build tomorrow tomorrow test lunch straße hello test	\N	2026-01-01 00:10:36+00	\N
1154	34	39	Demo danke coffee sure	\N	2026-01-01 00:10:36.5+00	\N
1155	7	3	You merci	\N	2026-01-01 00:10:37+00	\N
1156	21	39	The please again ticket hello ok danke lunch check slides tomorrow sure this	\N	2026-01-01 00:10:37.5+00	\N
1157	51	31	Can naïve you ありがとう hello friday bug ticket résumé slides review ok 👍 please lunch check спасибо résumé	\N	2026-01-01 00:10:38+00	\N
1158	8	1	Résumé 🎉 test sure please coffee ありがとう sure café tomorrow is gracias green ticket merci the hello	\N	2026-01-01 00:10:38.5+00	\N
1159	14	24	Friday tomorrow	\N	2026-01-01 00:10:39+00	\N
1160	67	14	ありがとう lunch 👍	\N	2026-01-01 00:10:39.5+00	\N
1161	57	10	You check release demo 👍 done slides lunch danke naïve	\N	2026-01-01 00:10:40+00	\N
1162	21	2	Straße please review hello demo test release this спасибо please is	\N	2026-01-01 00:10:40.5+00	\N
1163	62	30	Build ok this ok ready demo	\N	2026-01-01 00:10:41+00	\N
1164	6	38	Is naïve danke done review	\N	2026-01-01 00:10:41.5+00	\N
1165	21	24	Again later спасибо done deploy danke	\N	2026-01-01 00:10:42+00	\N
1166	19	1	Test ありがとう review	\N	2026-01-01 00:10:42.5+00	\N
1167	76	8	Please спасибо build meeting ok you hello	\N	2026-01-01 00:10:43+00	\N
1168	5	7	Ready	\N	2026-01-01 00:10:43.5+00	\N
1169	60	39	Check café merci slides test café coffee	\N	2026-01-01 00:10:44+00	\N
1170	60	39	Meeting спасибо please slides test slides done please	\N	2026-01-01 00:10:44.5+00	\N
1171	32	36	Sure hello ready demo friday review check green	\N	2026-01-01 00:10:45+00	\N
1172	20	30	Спасибо deploy demo ok is lunch straße green again you résumé test release done résumé ok bug	\N	2026-01-01 00:10:45.5+00	\N
1173	45	26	This coffee	\N	2026-01-01 00:10:46+00	\N
1174	2	37	Straße review slides straße sure naïve	\N	2026-01-01 00:10:46.5+00	\N
1175	57	6	Sure test release meeting hello спасибо ok danke lunch tomorrow the check is straße test hello test ready	\N	2026-01-01 00:10:47+00	\N
1176	57	10	Green naïve test can straße later 👍 ありがとう sure sure coffee bug café	\N	2026-01-01 00:10:47.5+00	\N
1177	43	28	Deploy	\N	2026-01-01 00:10:48+00	\N
1178	6	18	Café ticket later please	\N	2026-01-01 00:10:48.5+00	\N
1179	53	27	Friday green	\N	2026-01-01 00:10:49+00	\N
1180	27	7	Please later you test naïve done straße	\N	2026-01-01 00:10:49.5+00	\N
1181	23	25	Naïve again danke tomorrow 🎉 danke 🎉 deploy later	\N	2026-01-01 00:10:50+00	\N
1182	8	19	Café ticket	\N	2026-01-01 00:10:50.5+00	\N
1183	10	25	The ready coffee build review bug meeting hello danke спасибо demo check	\N	2026-01-01 00:10:51+00	\N
1184	11	2	Is tomorrow danke bug coffee	\N	2026-01-01 00:10:51.5+00	\N
1185	5	7	This review friday please the ready gracias ticket	\N	2026-01-01 00:10:52+00	\N
1186	53	27	Meeting later please bug you naïve	\N	2026-01-01 00:10:52.5+00	\N
1187	38	11	The build the demo merci café later is ready спасибо done 👍 again build	\N	2026-01-01 00:10:53+00	\N
1188	63	15	Lunch bug deploy ok demo 🎉 build green demo	\N	2026-01-01 00:10:53.5+00	\N
1189	57	6	Green is спасибо	\N	2026-01-01 00:10:54+00	\N
1190	24	8	Ready green check lunch later you test bug you ok ticket release meeting again review straße naïve	\N	2026-01-01 00:10:54.5+00	\N
1191	67	1	🎉 slides meeting sure you ok slides done build bug test	\N	2026-01-01 00:10:55+00	\N
1192	65	1	Straße danke later friday	\N	2026-01-01 00:10:55.5+00	\N
1193	8	19	Lunch friday ok you naïve bug meeting slides	\N	2026-01-01 00:10:56+00	\N
1194	57	10	Merci you this demo check bug ありがとう coffee this ありがとう deploy build is naïve	\N	2026-01-01 00:10:56.5+00	\N
1195	67	14	Straße coffee sure ready green tomorrow release friday ok merci ok meeting naïve résumé bug café	\N	2026-01-01 00:10:57+00	\N
1196	38	31	Bug sure deploy build friday	\N	2026-01-01 00:10:57.5+00	\N
1197	8	1	Demo you this	\N	2026-01-01 00:10:58+00	\N
1198	38	31	Merci build 👍 this coffee sure danke bug release demo the tomorrow slides later this	\N	2026-01-01 00:10:58.5+00	\N
1199	47	8	Deploy slides hello naïve is naïve later спасибо спасибо this can	\N	2026-01-01 00:10:59+00	\N
1200	74	24	Спасибо lunch gracias bug coffee deploy danke ok спасибо hello again	\N	2026-01-01 00:10:59.5+00	\N
1201	34	39	Green 👍 slides later merci	\N	2026-01-01 00:11:00+00	\N
1202	66	32	Done green slides you	\N	2026-01-01 00:11:00.5+00	\N
1203	35	1	Danke test release gracias slides naïve can merci	\N	2026-01-01 00:11:01+00	\N
1204	61	7	Ok sure 🎉 you 👍 ok	\N	2026-01-01 00:11:01.5+00	\N
1205	57	10	👍 meeting sure ticket release the merci	\N	2026-01-01 00:11:02+00	\N
1206	43	36	Bug the coffee friday ありがとう tomorrow ok ok спасибо deploy test résumé	\N	2026-01-01 00:11:02.5+00	\N
1207	32	36	Gracias 🎉 hello build ready review	\N	2026-01-01 00:11:03+00	\N
1208	70	40	Sure résumé naïve coffee gracias	\N	2026-01-01 00:11:03.5+00	\N
1209	48	2	Green green review спасибо meeting done	\N	2026-01-01 00:11:04+00	\N
1210	48	9	Green	\N	2026-01-01 00:11:04.5+00	\N
1211	57	6	You is done the demo	\N	2026-01-01 00:11:05+00	\N
1212	12	17	👍 demo sure ticket again coffee coffee	\N	2026-01-01 00:11:05.5+00	\N
1213	26	3	Deploy naïve build tomorrow tomorrow test lunch straße hello test	\N	2026-01-01 00:11:06+00	\N
1214	21	36	The release gracias later build danke ready straße	\N	2026-01-01 00:11:06.5+00	\N
1215	6	18	👍 can sure test later спасибо	\N	2026-01-01 00:11:07+00	\N
1216	6	38	Bug merci release ok tomorrow check gracias check demo you can merci danke tomorrow friday slides the	\N	2026-01-01 00:11:07.5+00	\N
1217	17	24	Naïve again 🎉 is ready demo later friday	\N	2026-01-01 00:11:08+00	\N
1218	34	39	Test	\N	2026-01-01 00:11:08.5+00	\N
1219	12	38	Résumé 👍 ok deploy again test hello please sure the is this can again спасибо you demo bug	\N	2026-01-01 00:11:09+00	\N
1220	22	7	Meeting ok review	\N	2026-01-01 00:11:09.5+00	\N
1221	6	18	🎉 check sure gracias can lunch demo	\N	2026-01-01 00:11:10+00	\N
1222	59	23	Is meeting the check this merci green gracias	\N	2026-01-01 00:11:10.5+00	\N
1223	19	1	Again friday coffee sure again gracias this danke release gracias bug bug ありがとう please naïve sure danke	\N	2026-01-01 00:11:11+00	\N
1224	63	7	Спасибо again test done meeting sure lunch green	\N	2026-01-01 00:11:11.5+00	\N
1225	38	11	Demo résumé merci slides hello check	\N	2026-01-01 00:11:12+00	\N
1226	11	1	Friday lunch build tomorrow спасибо gracias you build résumé coffee review café	\N	2026-01-01 00:11:12.5+00	\N
1227	41	33	Deploy merci done 👍 naïve friday meeting review résumé friday test friday release ticket deploy done please lunch	\N	2026-01-01 00:11:13+00	\N
1228	57	10	Build this résumé green done the 🎉	\N	2026-01-01 00:11:13.5+00	\N
1229	15	1	Café coffee deploy review résumé naïve danke done	\N	2026-01-01 00:11:14+00	\N
1230	36	35	The test 🎉	\N	2026-01-01 00:11:14.5+00	\N
1231	57	10	Review release you bug green naïve straße the ありがとう	\N	2026-01-01 00:11:15+00	\N
1232	11	2	Danke can this done résumé	\N	2026-01-01 00:11:15.5+00	\N
1233	25	27	Naïve café résumé meeting friday	\N	2026-01-01 00:11:16+00	\N
1234	53	27	Hello check tomorrow check again deploy gracias lunch build demo спасибо friday ありがとう lunch	\N	2026-01-01 00:11:16.5+00	\N
1235	38	11	Build hello again 🎉 naïve ticket gracias	\N	2026-01-01 00:11:17+00	\N
1236	57	6	Merci test hello résumé ありがとう ありがとう ok gracias ticket review done спасибо review merci hello merci build	\N	2026-01-01 00:11:17.5+00	\N
1237	27	11	Review	\N	2026-01-01 00:11:18+00	\N
1238	57	10	Demo coffee demo done merci ok ok ready ticket is coffee later please	\N	2026-01-01 00:11:18.5+00	\N
1239	57	10	Green sure friday done danke test gracias meeting café	\N	2026-01-01 00:11:19+00	\N
1240	63	15	Café friday bug the review sure please	\N	2026-01-01 00:11:19.5+00	\N
1241	57	6	Later café build coffee meeting build green the meeting check lunch build review hello merci slides	\N	2026-01-01 00:11:20+00	\N
1242	57	6	Green hello this naïve this danke slides straße is	\N	2026-01-01 00:11:20.5+00	\N
1243	57	10	This résumé meeting merci release coffee release sure you meeting release demo ticket 🎉 later	\N	2026-01-01 00:11:21+00	\N
1244	11	1	Спасибо hello coffee gracias review later coffee friday tomorrow again friday please review sure the gracias test	\N	2026-01-01 00:11:21.5+00	\N
1245	70	37	Review done check	\N	2026-01-01 00:11:22+00	\N
1246	11	1	Résumé bug can build ticket done slides again gracias 🎉 again ok can	\N	2026-01-01 00:11:22.5+00	\N
1247	57	6	Danke please tomorrow can deploy done review demo is meeting release ありがとう bug	\N	2026-01-01 00:11:23+00	\N
1248	45	11	👍 ありがとう gracias test coffee bug meeting release 🎉 café	\N	2026-01-01 00:11:23.5+00	\N
1249	63	15	Ok sure sure coffee done slides demo check demo the meeting you review ありがとう can gracias	\N	2026-01-01 00:11:24+00	\N
1250	16	26	Slides tomorrow review meeting is tomorrow 👍 merci done	\N	2026-01-01 00:11:24.5+00	\N
1251	21	5	Tomorrow	\N	2026-01-01 00:11:25+00	\N
1252	57	6	Meeting again test please build slides deploy green gracias deploy ok straße lunch gracias later green	\N	2026-01-01 00:11:25.5+00	\N
1253	29	25	Check danke test lunch naïve спасибо deploy sure спасибо naïve sure danke ok résumé done hello deploy	\N	2026-01-01 00:11:26+00	\N
1254	57	10	Résumé straße done 🎉 🎉 friday release test naïve ありがとう tomorrow done is	\N	2026-01-01 00:11:26.5+00	\N
1255	1	7	Ticket straße hello please gracias check tomorrow is review café meeting ありがとう release green	\N	2026-01-01 00:11:27+00	\N
1256	13	25	Ticket ready done this done meeting slides green danke review ready спасибо sure green	\N	2026-01-01 00:11:27.5+00	\N
1257	69	5	Is résumé ready gracias résumé deploy check demo the sure test test ready later	\N	2026-01-01 00:11:28+00	\N
1258	20	40	Please green later ok ticket café demo ticket coffee merci ticket green green ready bug ありがとう coffee build	\N	2026-01-01 00:11:28.5+00	\N
1259	16	9	You can demo gracias slides the sure done deploy test résumé slides tomorrow test bug green green friday	\N	2026-01-01 00:11:29+00	\N
1260	43	28	Is you test green friday green deploy demo release can deploy tomorrow tomorrow ticket ready	\N	2026-01-01 00:11:29.5+00	\N
1261	53	1	Deploy is hello check again this 🎉 again later sure you sure test спасибо	\N	2026-01-01 00:11:30+00	\N
1262	22	29	Again naïve 👍 résumé naïve coffee demo can 👍 hello you meeting 🎉 can release résumé	\N	2026-01-01 00:11:30.5+00	\N
1263	57	6	Release meeting is build the 👍 ticket deploy ありがとう test straße slides	\N	2026-01-01 00:11:31+00	\N
1264	8	19	The slides café slides café can meeting test again danke demo	\N	2026-01-01 00:11:31.5+00	\N
1265	57	10	Done test	\N	2026-01-01 00:11:32+00	\N
1266	37	5	Again lunch you hello again tomorrow later is can ok sure ticket tomorrow	\N	2026-01-01 00:11:32.5+00	\N
1267	17	24	Meeting ありがとう the ready	\N	2026-01-01 00:11:33+00	\N
1268	22	7	The again please lunch this café this 👍 coffee review demo meeting	\N	2026-01-01 00:11:33.5+00	\N
1269	53	1	Can the ありがとう please release meeting 🎉 straße you coffee спасибо ticket	\N	2026-01-01 00:11:34+00	\N
1270	57	10	Demo build release slides	\N	2026-01-01 00:11:34.5+00	\N
1271	27	11	Ticket ready merci deploy can ok green you café ready ticket is tomorrow test can slides can café	\N	2026-01-01 00:11:35+00	\N
1272	46	16	Deploy naïve deploy lunch friday again friday green this done 👍 hello résumé merci coffee release	\N	2026-01-01 00:11:35.5+00	\N
1273	27	40	The coffee review bug demo спасибо you deploy build	\N	2026-01-01 00:11:36+00	\N
1274	22	29	Green this sure résumé 🎉 you slides release tomorrow done you can lunch 👍	\N	2026-01-01 00:11:36.5+00	\N
1275	57	6	Please this review café ok sure tomorrow café tomorrow naïve build later tomorrow merci again danke naïve hello	\N	2026-01-01 00:11:37+00	\N
1276	75	17	You gracias gracias straße	\N	2026-01-01 00:11:37.5+00	\N
1277	11	11	Later green again tomorrow demo slides hello build 👍 merci review green	\N	2026-01-01 00:11:38+00	\N
1278	57	10	Gracias friday this 👍 can ready review this café	\N	2026-01-01 00:11:38.5+00	\N
1279	75	36	Hello gracias coffee again deploy	\N	2026-01-01 00:11:39+00	\N
1280	57	6	Hello deploy this coffee can please is please done bug check friday merci check check	\N	2026-01-01 00:11:39.5+00	\N
1281	64	24	Slides 👍 check tomorrow gracias review this danke test deploy hello ok 👍 review hello green	\N	2026-01-01 00:11:40+00	\N
1282	17	24	Deploy ticket deploy is build lunch the naïve	\N	2026-01-01 00:11:40.5+00	\N
1283	42	11	Release is résumé	\N	2026-01-01 00:11:41+00	\N
1284	57	6	Done you ticket	\N	2026-01-01 00:11:41.5+00	\N
1285	6	38	Meeting is is 🎉 ticket	\N	2026-01-01 00:11:42+00	\N
1286	77	3	Again deploy meeting bug release danke café ok you release naïve 🎉	\N	2026-01-01 00:11:42.5+00	\N
1287	53	27	Deploy demo café deploy café later is deploy ありがとう meeting again 👍 test the danke ready is merci	\N	2026-01-01 00:11:43+00	\N
1288	2	37	Hello friday	\N	2026-01-01 00:11:43.5+00	\N
1289	23	25	Done lunch check naïve the deploy can 🎉 is ticket done café build this is done	\N	2026-01-01 00:11:44+00	\N
1290	57	6	The	\N	2026-01-01 00:11:44.5+00	\N
1291	57	6	Slides can	\N	2026-01-01 00:11:45+00	\N
1292	57	10	You sure	\N	2026-01-01 00:11:45.5+00	\N
1293	74	16	Later gracias 🎉 please hello bug meeting ticket bug résumé lunch gracias	\N	2026-01-01 00:11:46+00	\N
1294	31	16	Naïve ticket review sure slides check merci	\N	2026-01-01 00:11:46.5+00	\N
1295	57	10	Sure 👍 deploy naïve please спасибо lunch review gracias merci test merci review test résumé	\N	2026-01-01 00:11:47+00	\N
1296	61	38	Coffee ありがとう later ready the you спасибо this	\N	2026-01-01 00:11:47.5+00	\N
1297	74	16	Slides check can danke you merci green demo check bug hello slides straße	\N	2026-01-01 00:11:48+00	\N
1298	57	6	Ready gracias	\N	2026-01-01 00:11:48.5+00	\N
1299	37	32	Merci again sure bug ok	\N	2026-01-01 00:11:49+00	\N
1300	58	35	Deploy please review 🎉 bug спасибо sure meeting ready build deploy bug gracias ticket	\N	2026-01-01 00:11:49.5+00	\N
1301	6	18	Check 👍 demo please bug ready meeting slides	\N	2026-01-01 00:11:50+00	\N
1302	57	6	Lunch ok you can 🎉 naïve bug	\N	2026-01-01 00:11:50.5+00	\N
1303	78	9	Résumé the спасибо lunch naïve is 👍 ticket is straße ありがとう tomorrow	\N	2026-01-01 00:11:51+00	\N
1304	60	13	Ok deploy done green coffee hello hello release is later can is danke build	\N	2026-01-01 00:11:51.5+00	\N
1305	71	9	Can done meeting test ありがとう test can café gracias again	\N	2026-01-01 00:11:52+00	\N
1306	74	24	Demo résumé demo is lunch slides	\N	2026-01-01 00:11:52.5+00	\N
1307	49	27	Ready you merci you test test résumé tomorrow merci ありがとう build slides 👍 спасибо can tomorrow meeting test	\N	2026-01-01 00:11:53+00	\N
1308	57	6	Naïve this deploy ticket résumé demo спасибо спасибо demo build ありがとう danke hello test release meeting meeting review	\N	2026-01-01 00:11:53.5+00	\N
1309	57	10	Спасибо deploy demo ok is lunch straße green again you résumé test release done résumé ok bug	\N	2026-01-01 00:11:54+00	\N
1310	57	6	Hello you résumé résumé release this this coffee sure bug	\N	2026-01-01 00:11:54.5+00	\N
1311	20	40	Ok check gracias hello done lunch can is friday meeting спасибо merci demo	\N	2026-01-01 00:11:55+00	\N
1312	40	29	Спасибо спасибо again ありがとう bug again lunch the this tomorrow ありがとう	\N	2026-01-01 00:11:55.5+00	\N
1313	72	22	Please sure the later you спасибо ticket danke slides 👍 ready tomorrow	\N	2026-01-01 00:11:56+00	\N
1314	8	1	Please build friday build demo done	\N	2026-01-01 00:11:56.5+00	\N
1315	17	25	Review	\N	2026-01-01 00:11:57+00	\N
1316	70	40	Café coffee this ありがとう done merci green bug release meeting	\N	2026-01-01 00:11:57.5+00	\N
1317	22	29	This	\N	2026-01-01 00:11:58+00	\N
1318	67	1	👍	\N	2026-01-01 00:11:58.5+00	\N
1319	63	15	Résumé lunch this ok the gracias ok review danke café this ありがとう you	\N	2026-01-01 00:11:59+00	\N
1320	22	7	Café merci gracias coffee this friday done deploy demo ok tomorrow can can	\N	2026-01-01 00:11:59.5+00	\N
1321	59	23	Ticket straße hello please gracias check tomorrow is review café meeting ありがとう release green	\N	2026-01-01 00:12:00+00	\N
1322	18	8	Is done lunch tomorrow 👍 demo sure done later build	\N	2026-01-01 00:12:00.5+00	\N
1323	43	28	Slides can ok danke café later hello coffee résumé ありがとう test ok naïve café release demo slides build	\N	2026-01-01 00:12:01+00	\N
1324	19	6	Build danke friday спасибо deploy danke later bug gracias test hello sure café friday done спасибо bug build	\N	2026-01-01 00:12:01.5+00	\N
1325	58	35	Slides merci demo ready ready is ありがとう demo	\N	2026-01-01 00:12:02+00	\N
1326	33	35	Slides demo please review you build ok naïve can please ticket demo 🎉 coffee	\N	2026-01-01 00:12:02.5+00	\N
1327	11	19	Tomorrow release gracias later hello demo ありがとう	\N	2026-01-01 00:12:03+00	\N
1328	57	10	Bug later merci спасибо	\N	2026-01-01 00:12:03.5+00	\N
1329	8	19	Résumé ready 🎉 later danke ありがとう спасибо check again slides	\N	2026-01-01 00:12:04+00	\N
1330	57	10	Can test this hello this is naïve deploy deploy the sure merci bug build ありがとう	\N	2026-01-01 00:12:04.5+00	\N
1331	4	33	Done later	\N	2026-01-01 00:12:05+00	\N
1332	67	1	Naïve test danke ありがとう done build you bug this is gracias café later friday	\N	2026-01-01 00:12:05.5+00	\N
1333	67	14	Is release demo release again	\N	2026-01-01 00:12:06+00	\N
1334	45	11	The the	\N	2026-01-01 00:12:06.5+00	\N
1335	57	10	Gracias coffee tomorrow	\N	2026-01-01 00:12:07+00	\N
1336	69	29	Green merci lunch friday meeting again again 🎉 ありがとう slides sure review friday you demo this hello	\N	2026-01-01 00:12:07.5+00	\N
1337	61	38	Ready you hello sure meeting you bug test review hello bug meeting résumé 👍 done tomorrow	\N	2026-01-01 00:12:08+00	\N
1338	73	33	Deploy friday ready review the later tomorrow	\N	2026-01-01 00:12:08.5+00	\N
1339	8	19	Ok tomorrow can check ready hello coffee naïve friday deploy café	\N	2026-01-01 00:12:09+00	\N
1340	32	36	Naïve coffee coffee	\N	2026-01-01 00:12:09.5+00	\N
1341	14	24	Ok coffee is lunch ready meeting this is test спасибо	\N	2026-01-01 00:12:10+00	\N
1342	50	22	Naïve sure release hello hello bug demo later ticket 🎉 👍 can you спасибо danke	\N	2026-01-01 00:12:10.5+00	\N
1343	45	26	🎉	\N	2026-01-01 00:12:11+00	\N
1344	57	10	Danke friday build check release danke lunch ticket is gracias can merci	\N	2026-01-01 00:12:11.5+00	\N
1345	57	6	Bug check 👍 bug coffee again is ok friday friday can	\N	2026-01-01 00:12:12+00	\N
1346	21	4	Hello build build	\N	2026-01-01 00:12:12.5+00	\N
1347	59	23	ありがとう bug review	\N	2026-01-01 00:12:13+00	\N
1348	11	19	Green ticket danke	\N	2026-01-01 00:12:13.5+00	\N
1349	57	10	Спасибо this ok review test green naïve 🎉 the sure ticket you résumé	\N	2026-01-01 00:12:14+00	\N
1350	8	1	Test 🎉 later test hello this coffee lunch 👍 later done deploy ありがとう	\N	2026-01-01 00:12:14.5+00	\N
1351	61	7	Ok straße release build sure release hello straße résumé review lunch straße	\N	2026-01-01 00:12:15+00	\N
1352	21	4	Résumé meeting tomorrow test coffee straße is slides ok again green done 👍	\N	2026-01-01 00:12:15.5+00	\N
1353	42	11	Спасибо bug gracias ありがとう is ready tomorrow review ticket sure green straße can coffee you again	\N	2026-01-01 00:12:16+00	\N
1354	68	30	The hello build demo ready done hello build ok gracias спасибо danke check test résumé ready ok café	\N	2026-01-01 00:12:16.5+00	\N
1355	8	19	Please	\N	2026-01-01 00:12:17+00	\N
1356	8	1	Coffee ok ok résumé demo please is release can please	\N	2026-01-01 00:12:17.5+00	\N
1357	75	17	Спасибо coffee	\N	2026-01-01 00:12:18+00	\N
1358	57	10	Can meeting demo slides спасибо café review	\N	2026-01-01 00:12:18.5+00	\N
1359	8	19	Is coffee danke sure 🎉	\N	2026-01-01 00:12:19+00	\N
1360	47	17	Gracias danke friday coffee release the meeting is check check this ありがとう bug again	\N	2026-01-01 00:12:19.5+00	\N
1361	35	23	Slides can	\N	2026-01-01 00:12:20+00	\N
1362	57	6	Спасибо straße slides merci again ticket you can bug	\N	2026-01-01 00:12:20.5+00	\N
1363	67	14	Friday 👍 check please ready coffee ありがとう please straße build merci this ok bug friday done is demo	\N	2026-01-01 00:12:21+00	\N
1427	25	34	Later demo danke 🎉 ありがとう merci café you release straße friday	\N	2026-01-01 00:12:53+00	\N
1364	78	8	Release the спасибо merci review release straße the sure sure review ready review gracias meeting please review	\N	2026-01-01 00:12:21.5+00	\N
1365	11	11	Lunch sure done ready build green hello build	\N	2026-01-01 00:12:22+00	\N
1366	65	17	Please demo demo	\N	2026-01-01 00:12:22.5+00	\N
1367	25	34	🎉 café deploy later release 🎉 done straße you test check demo 👍 later release bug	\N	2026-01-01 00:12:23+00	\N
1368	79	39	Résumé 👍 ok deploy again test hello please sure the is this can again спасибо you demo bug	\N	2026-01-01 00:12:23.5+00	\N
1369	14	20	Release you later ありがとう build café	\N	2026-01-01 00:12:24+00	\N
1370	69	39	Is later	\N	2026-01-01 00:12:24.5+00	\N
1371	16	26	Ticket café build ticket check bug build check ticket straße danke the again the release ready straße	\N	2026-01-01 00:12:25+00	\N
1372	57	6	Build hello again 🎉 naïve ticket gracias	\N	2026-01-01 00:12:25.5+00	\N
1373	63	7	Friday hello green deploy release merci build test tomorrow merci demo 🎉 the slides	\N	2026-01-01 00:12:26+00	\N
1374	53	27	Review спасибо again review you you tomorrow ok	\N	2026-01-01 00:12:26.5+00	\N
1375	57	10	Test again straße hello again danke done done	\N	2026-01-01 00:12:27+00	\N
1376	65	17	Coffee done check спасибо build you ready hello ticket you done build ready later later coffee is	\N	2026-01-01 00:12:27.5+00	\N
1377	49	37	Build 🎉	\N	2026-01-01 00:12:28+00	\N
1378	16	26	Demo green	\N	2026-01-01 00:12:28.5+00	\N
1379	8	1	Friday tomorrow	\N	2026-01-01 00:12:29+00	\N
1380	57	10	Meeting hello meeting green 🎉 ok this demo check later please meeting this	\N	2026-01-01 00:12:29.5+00	\N
1381	57	6	Straße review bug café	\N	2026-01-01 00:12:30+00	\N
1382	38	31	Lunch slides meeting the test straße naïve ticket	\N	2026-01-01 00:12:30.5+00	\N
1383	42	11	Demo done gracias 👍 👍 please this danke release friday please	\N	2026-01-01 00:12:31+00	\N
1384	78	27	Danke review check 🎉	\N	2026-01-01 00:12:31.5+00	\N
1385	63	15	Sure 👍 you demo the 🎉 is build gracias demo check deploy ok tomorrow ready	\N	2026-01-01 00:12:32+00	\N
1386	11	11	Merci done again merci test danke review ready green hello tomorrow merci naïve the check bug lunch	\N	2026-01-01 00:12:32.5+00	\N
1387	11	19	Ready sure review slides done merci 🎉 is coffee test meeting green danke done gracias done lunch	\N	2026-01-01 00:12:33+00	\N
1388	64	2	Build	\N	2026-01-01 00:12:33.5+00	\N
1389	18	16	Slides can done build bug danke is gracias lunch 👍 bug release release gracias ok 👍 ありがとう meeting	\N	2026-01-01 00:12:34+00	\N
1390	55	31	Demo hello gracias sure merci meeting green merci this sure deploy later	\N	2026-01-01 00:12:34.5+00	\N
1391	38	11	You friday this ticket release ticket danke ok hello hello demo ticket demo merci the lunch green	\N	2026-01-01 00:12:35+00	\N
1392	12	33	Lunch bug build ready release спасибо hello build ありがとう	\N	2026-01-01 00:12:35.5+00	\N
1393	12	2	Release sure gracias please coffee demo sure please meeting tomorrow ありがとう friday	\N	2026-01-01 00:12:36+00	\N
1394	62	33	Friday release спасибо the спасибо résumé this café 🎉	\N	2026-01-01 00:12:36.5+00	\N
1395	62	33	🎉 lunch meeting slides release	\N	2026-01-01 00:12:37+00	\N
1396	74	16	Friday deploy the 👍	\N	2026-01-01 00:12:37.5+00	\N
1397	74	24	Résumé ticket café danke test café résumé please deploy	\N	2026-01-01 00:12:38+00	\N
1398	57	10	Build the test later is later danke café 🎉 bug review ok is straße done 👍 👍	\N	2026-01-01 00:12:38.5+00	\N
1399	55	12	Test review bug this lunch release bug test	\N	2026-01-01 00:12:39+00	\N
1400	57	6	Ticket спасибо lunch can hello tomorrow review done done café 🎉	\N	2026-01-01 00:12:39.5+00	\N
1401	28	20	Спасибо lunch you can done	\N	2026-01-01 00:12:40+00	\N
1402	57	6	Again test merci 🎉 green ありがとう review again hello friday спасибо done demo deploy demo deploy build	\N	2026-01-01 00:12:40.5+00	\N
1403	57	10	Hello café release again can	\N	2026-01-01 00:12:41+00	\N
1404	57	6	Friday friday this ticket release gracias friday check gracias slides demo résumé gracias hello meeting check coffee	\N	2026-01-01 00:12:41.5+00	\N
1405	5	7	Merci naïve straße café sure test done lunch please release hello later slides done ok	\N	2026-01-01 00:12:42+00	\N
1406	45	11	Is later later coffee slides ready review check straße 👍 deploy ready café straße résumé build	\N	2026-01-01 00:12:42.5+00	\N
1407	57	10	This tomorrow later gracias is demo ready the review release slides friday please review again 👍	\N	2026-01-01 00:12:43+00	\N
1408	15	3	Friday review danke green	\N	2026-01-01 00:12:43.5+00	\N
1409	45	26	Naïve 🎉 check is done 🎉 review ありがとう this test later	\N	2026-01-01 00:12:44+00	\N
1410	57	6	Résumé ok coffee coffee release tomorrow lunch merci please	\N	2026-01-01 00:12:44.5+00	\N
1411	57	10	Build later check review merci slides hello release 🎉 danke	\N	2026-01-01 00:12:45+00	\N
1412	33	18	Green hello tomorrow later deploy is	\N	2026-01-01 00:12:45.5+00	\N
1413	51	8	Hello sure naïve coffee	\N	2026-01-01 00:12:46+00	\N
1414	38	11	Café deploy the naïve danke merci gracias résumé the спасибо merci	\N	2026-01-01 00:12:46.5+00	\N
1415	72	17	Again	\N	2026-01-01 00:12:47+00	\N
1416	64	24	Deploy straße bug 🎉 build test build friday	\N	2026-01-01 00:12:47.5+00	\N
1417	12	30	Please tomorrow café green demo merci deploy check 👍 gracias again ok this gracias café can merci lunch	\N	2026-01-01 00:12:48+00	\N
1418	53	1	Naïve the friday	\N	2026-01-01 00:12:48.5+00	\N
1419	10	32	Lunch bug build ready release спасибо hello build ありがとう	\N	2026-01-01 00:12:49+00	\N
1420	20	30	Coffee gracias later tomorrow meeting please later ありがとう you ticket done naïve check hello review please release the	\N	2026-01-01 00:12:49.5+00	\N
1421	67	14	Merci спасибо release	\N	2026-01-01 00:12:50+00	\N
1422	57	10	Gracias gracias please	\N	2026-01-01 00:12:50.5+00	\N
1423	76	1	Build 🎉 build спасибо the naïve tomorrow test danke again merci naïve gracias please hello sure lunch	\N	2026-01-01 00:12:51+00	\N
1424	6	38	Ready merci straße deploy test this danke naïve tomorrow lunch friday demo later green please ready can	\N	2026-01-01 00:12:51.5+00	\N
1425	43	28	Review check danke again café coffee gracias 🎉	\N	2026-01-01 00:12:52+00	\N
1426	22	29	Ready ready later 🎉 résumé ready sure friday slides ok tomorrow gracias 👍 hello merci	\N	2026-01-01 00:12:52.5+00	\N
1428	8	1	Naïve test danke ありがとう please is release slides merci release review tomorrow test build is hello danke	\N	2026-01-01 00:12:53.5+00	\N
1429	2	31	Merci demo you meeting café ready friday danke this tomorrow the спасибо naïve спасибо please tomorrow coffee green	\N	2026-01-01 00:12:54+00	\N
1430	22	7	The lunch danke 👍 again can done demo review	\N	2026-01-01 00:12:54.5+00	\N
1431	57	6	Lunch meeting this build is	\N	2026-01-01 00:12:55+00	\N
1432	57	6	Bug this 🎉 release	\N	2026-01-01 00:12:55.5+00	\N
1433	57	6	Lunch release this straße build check 🎉 résumé please café green ありがとう ready deploy you sure review	\N	2026-01-01 00:12:56+00	\N
1434	27	40	The build you green check gracias please test demo review this спасибо 👍	\N	2026-01-01 00:12:56.5+00	\N
1435	42	29	Test	\N	2026-01-01 00:12:57+00	\N
1436	8	1	Danke is sure you hello naïve friday gracias release meeting lunch is friday спасибо check ok meeting	\N	2026-01-01 00:12:57.5+00	\N
1437	65	1	Bug hello release ready release review sure this merci résumé naïve coffee meeting test build done slides the	\N	2026-01-01 00:12:58+00	\N
1438	11	11	Slides sure build later straße gracias straße café ticket is	\N	2026-01-01 00:12:58.5+00	\N
1439	67	1	Straße ok café	\N	2026-01-01 00:12:59+00	\N
1440	35	23	Hello later résumé	\N	2026-01-01 00:12:59.5+00	\N
1441	22	29	Later is спасибо this check friday hello gracias merci deploy ready coffee danke	\N	2026-01-01 00:13:00+00	\N
1442	10	32	Naïve you 👍 again please slides can the you sure release	\N	2026-01-01 00:13:00.5+00	\N
1443	57	6	You build done again	\N	2026-01-01 00:13:01+00	\N
1444	58	10	Can coffee résumé friday tomorrow 🎉 bug 🎉 check test ありがとう please lunch спасибо ticket	\N	2026-01-01 00:13:01.5+00	\N
1445	71	15	Green ready café the later tomorrow hello again ticket can green	\N	2026-01-01 00:13:02+00	\N
1446	4	29	Hello hello demo green slides slides deploy sure lunch	\N	2026-01-01 00:13:02.5+00	\N
1447	37	5	Demo friday bug done green test спасибо build tomorrow can release ありがとう merci done please ok ok you	\N	2026-01-01 00:13:03+00	\N
1448	6	18	Is straße sure can tomorrow danke café	\N	2026-01-01 00:13:03.5+00	\N
1449	48	2	Gracias danke	\N	2026-01-01 00:13:04+00	\N
1450	76	8	Test ありがとう is ok спасибо straße coffee	\N	2026-01-01 00:13:04.5+00	\N
1451	68	28	Can danke release merci	\N	2026-01-01 00:13:05+00	\N
1452	57	10	Bug	\N	2026-01-01 00:13:05.5+00	\N
1453	45	26	Merci done coffee tomorrow review ticket coffee later 👍 café friday check	\N	2026-01-01 00:13:06+00	\N
1454	36	35	Tomorrow you release sure 👍 meeting	\N	2026-01-01 00:13:06.5+00	\N
1455	34	4	The hello you again this merci slides green straße 🎉 release green done coffee 👍	\N	2026-01-01 00:13:07+00	\N
1456	22	29	Lunch green	\N	2026-01-01 00:13:07.5+00	\N
1457	25	17	Slides 👍 check tomorrow gracias review this danke test deploy hello ok 👍 review hello green	\N	2026-01-01 00:13:08+00	\N
1458	57	6	Again the friday demo can 🎉 done ok спасибо	\N	2026-01-01 00:13:08.5+00	\N
1459	7	31	Please again tomorrow 🎉 build this danke meeting is ready this	\N	2026-01-01 00:13:09+00	\N
1460	67	14	Naïve merci hello test résumé deploy	\N	2026-01-01 00:13:09.5+00	\N
1461	10	16	Friday sure ticket danke naïve ready ok bug deploy 🎉 café you tomorrow slides	\N	2026-01-01 00:13:10+00	\N
1462	15	3	Tomorrow danke demo is	\N	2026-01-01 00:13:10.5+00	\N
1463	27	2	Hello lunch build café test you coffee tomorrow ありがとう 👍 sure	\N	2026-01-01 00:13:11+00	\N
1464	1	33	Friday green review	\N	2026-01-01 00:13:11.5+00	\N
1465	21	2	ありがとう ok is straße build ok спасибо спасибо this ready gracias hello спасибо	\N	2026-01-01 00:13:12+00	\N
1466	57	6	Green coffee again sure friday gracias coffee check review	\N	2026-01-01 00:13:12.5+00	\N
1467	45	11	Test can the lunch straße ticket deploy friday ok naïve	\N	2026-01-01 00:13:13+00	\N
1468	55	40	Bug meeting review ありがとう ready bug later build café спасибо	\N	2026-01-01 00:13:13.5+00	\N
1469	57	10	Danke friday merci 👍 bug demo ありがとう спасибо 🎉 résumé	\N	2026-01-01 00:13:14+00	\N
1470	56	17	Coffee	\N	2026-01-01 00:13:14.5+00	\N
1471	13	37	Please ticket café please merci	\N	2026-01-01 00:13:15+00	\N
1472	57	10	Lunch green build ticket 👍	\N	2026-01-01 00:13:15.5+00	\N
1473	78	19	Check review sure demo you 🎉 please build ticket friday ok again green build café bug	\N	2026-01-01 00:13:16+00	\N
1474	12	14	Gracias hello спасибо deploy friday again sure coffee tomorrow slides review lunch	\N	2026-01-01 00:13:16.5+00	\N
1475	22	7	You can demo gracias slides the sure done deploy test résumé slides tomorrow test bug green green friday	\N	2026-01-01 00:13:17+00	\N
1476	28	20	Ok bug done this sure build lunch спасибо you later	\N	2026-01-01 00:13:17.5+00	\N
1477	15	1	Deploy straße friday sure ready test check	\N	2026-01-01 00:13:18+00	\N
1478	57	6	Build спасибо 🎉 ticket danke you naïve check naïve please slides ok the ready	\N	2026-01-01 00:13:18.5+00	\N
1479	24	8	ありがとう again danke lunch ありがとう again please merci danke test check straße	\N	2026-01-01 00:13:19+00	\N
1480	27	11	Ticket later release 👍 green test can lunch later can ありがとう lunch deploy slides 🎉 friday	\N	2026-01-01 00:13:19.5+00	\N
1481	57	6	Спасибо	\N	2026-01-01 00:13:20+00	\N
1482	25	17	Résumé hello demo review test naïve test ありがとう friday this ready lunch green can	\N	2026-01-01 00:13:20.5+00	\N
1483	75	17	Lunch this straße test build coffee again the	\N	2026-01-01 00:13:21+00	\N
1484	11	11	Danke is café ticket bug the please	\N	2026-01-01 00:13:21.5+00	\N
1485	53	27	Build	\N	2026-01-01 00:13:22+00	\N
1486	20	40	Please bug danke test this danke straße résumé ありがとう can demo build	\N	2026-01-01 00:13:22.5+00	\N
1487	11	11	Straße ready is the ready please	\N	2026-01-01 00:13:23+00	\N
1488	74	16	This please	\N	2026-01-01 00:13:23.5+00	\N
1489	62	30	Please ticket demo 🎉 tomorrow you green this hello sure is this deploy	\N	2026-01-01 00:13:24+00	\N
1490	57	6	This gracias can meeting danke	\N	2026-01-01 00:13:24.5+00	\N
1491	34	4	Meeting the ready ありがとう demo	\N	2026-01-01 00:13:25+00	\N
1492	39	31	Later is спасибо this check friday hello gracias merci deploy ready coffee danke	\N	2026-01-01 00:13:25.5+00	\N
1493	57	10	Is merci green you 🎉 tomorrow green release ready again hello demo deploy hello the meeting demo deploy	\N	2026-01-01 00:13:26+00	\N
1494	20	30	Naïve again 🎉 is ready demo later friday	\N	2026-01-01 00:13:26.5+00	\N
1495	74	16	Coffee ありがとう meeting спасибо café danke again	\N	2026-01-01 00:13:27+00	\N
1496	53	27	ありがとう check naïve ready done hello coffee this merci deploy the slides	\N	2026-01-01 00:13:27.5+00	\N
1497	63	7	Release bug danke ticket release demo test gracias check deploy build slides friday	\N	2026-01-01 00:13:28+00	\N
1498	22	29	Lunch gracias review hello test this résumé check deploy please naïve build ready friday demo	\N	2026-01-01 00:13:28.5+00	\N
1499	11	2	Slides danke build ready bug build	\N	2026-01-01 00:13:29+00	\N
1500	57	6	The demo straße café 🎉 demo café lunch	\N	2026-01-01 00:13:29.5+00	\N
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

COPY public.members (chat_id, user_id, role, joined_at, last_read_message_id, digested_message_id) FROM stdin;
1	7	owner	2026-01-01 00:00:00+00	663	1464
1	15	member	2026-01-01 00:00:00+00	663	1464
1	24	member	2026-01-01 00:00:00+00	699	1464
1	37	member	2026-01-01 00:00:00+00	663	1464
1	34	member	2026-01-01 00:00:00+00	699	1464
1	38	member	2026-01-01 00:00:00+00	699	1464
1	33	member	2026-01-01 00:00:00+00	943	1464
2	31	member	2026-01-01 00:00:00.01+00	1024	1429
2	37	member	2026-01-01 00:00:00.01+00	1174	1429
3	6	owner	2026-01-01 00:00:00.02+00	777	1042
3	4	member	2026-01-01 00:00:00.02+00	157	1042
3	26	member	2026-01-01 00:00:00.02+00	157	1042
3	2	member	2026-01-01 00:00:00.02+00	777	1042
3	20	member	2026-01-01 00:00:00.02+00	777	1042
4	16	owner	2026-01-01 00:00:00.03+00	1331	1446
4	33	member	2026-01-01 00:00:00.03+00	1119	1446
4	32	member	2026-01-01 00:00:00.03+00	1331	1446
4	29	member	2026-01-01 00:00:00.03+00	1119	1446
5	7	member	2026-01-01 00:00:00.04+00	1060	1405
5	21	member	2026-01-01 00:00:00.04+00	913	1405
6	18	member	2026-01-01 00:00:00.05+00	1178	1448
6	38	member	2026-01-01 00:00:00.05+00	1301	1448
7	3	member	2026-01-01 00:00:00.06+00	567	1459
7	31	member	2026-01-01 00:00:00.06+00	905	1459
8	1	member	2026-01-01 00:00:00.07+00	974	1436
8	19	member	2026-01-01 00:00:00.07+00	974	1436
9	32	owner	2026-01-01 00:00:00.08+00	0	3
9	16	member	2026-01-01 00:00:00.08+00	0	3
9	19	member	2026-01-01 00:00:00.08+00	0	3
9	12	member	2026-01-01 00:00:00.08+00	0	3
9	20	member	2026-01-01 00:00:00.08+00	0	3
10	34	owner	2026-01-01 00:00:00.09+00	903	1461
10	25	member	2026-01-01 00:00:00.09+00	1183	1461
10	32	member	2026-01-01 00:00:00.09+00	1086	1461
10	16	member	2026-01-01 00:00:00.09+00	919	1461
11	11	owner	2026-01-01 00:00:00.1+00	1365	1499
11	19	member	2026-01-01 00:00:00.1+00	1387	1499
11	1	member	2026-01-01 00:00:00.1+00	1232	1499
11	2	member	2026-01-01 00:00:00.1+00	934	1499
12	22	owner	2026-01-01 00:00:00.11+00	854	1474
12	18	member	2026-01-01 00:00:00.11+00	1393	1474
12	32	member	2026-01-01 00:00:00.11+00	851	1474
12	25	member	2026-01-01 00:00:00.11+00	884	1474
12	30	member	2026-01-01 00:00:00.11+00	1417	1474
12	33	member	2026-01-01 00:00:00.11+00	854	1474
12	2	member	2026-01-01 00:00:00.11+00	1219	1474
12	7	member	2026-01-01 00:00:00.11+00	1026	1474
12	38	member	2026-01-01 00:00:00.11+00	1026	1474
12	17	member	2026-01-01 00:00:00.11+00	819	1474
12	4	member	2026-01-01 00:00:00.11+00	1219	1474
12	14	member	2026-01-01 00:00:00.11+00	891	1474
13	24	owner	2026-01-01 00:00:00.12+00	1028	1471
13	38	member	2026-01-01 00:00:00.12+00	1151	1471
13	25	member	2026-01-01 00:00:00.12+00	749	1471
13	11	member	2026-01-01 00:00:00.12+00	1151	1471
13	18	member	2026-01-01 00:00:00.12+00	1256	1471
13	37	member	2026-01-01 00:00:00.12+00	1106	1471
13	30	member	2026-01-01 00:00:00.12+00	1013	1471
13	1	member	2026-01-01 00:00:00.12+00	1256	1471
13	29	member	2026-01-01 00:00:00.12+00	749	1471
13	2	member	2026-01-01 00:00:00.12+00	1028	1471
13	5	member	2026-01-01 00:00:00.12+00	1151	1471
13	36	member	2026-01-01 00:00:00.12+00	813	1471
13	12	member	2026-01-01 00:00:00.12+00	813	1471
13	40	member	2026-01-01 00:00:00.12+00	911	1471
13	3	member	2026-01-01 00:00:00.12+00	911	1471
13	10	member	2026-01-01 00:00:00.12+00	720	1471
13	9	member	2026-01-01 00:00:00.12+00	1045	1471
13	34	member	2026-01-01 00:00:00.12+00	749	1471
13	7	member	2026-01-01 00:00:00.12+00	1256	1471
13	23	member	2026-01-01 00:00:00.12+00	1256	1471
13	27	member	2026-01-01 00:00:00.12+00	1106	1471
13	21	member	2026-01-01 00:00:00.12+00	749	1471
14	20	member	2026-01-01 00:00:00.13+00	725	1369
14	24	member	2026-01-01 00:00:00.13+00	724	1369
15	1	member	2026-01-01 00:00:00.14+00	1462	1477
15	3	member	2026-01-01 00:00:00.14+00	947	1477
16	9	member	2026-01-01 00:00:00.15+00	858	1378
16	26	member	2026-01-01 00:00:00.15+00	1259	1378
17	24	member	2026-01-01 00:00:00.16+00	1217	1315
17	25	member	2026-01-01 00:00:00.16+00	1032	1315
18	16	owner	2026-01-01 00:00:00.17+00	740	1389
18	8	member	2026-01-01 00:00:00.17+00	618	1389
18	21	member	2026-01-01 00:00:00.17+00	740	1389
18	2	member	2026-01-01 00:00:00.17+00	971	1389
19	1	member	2026-01-01 00:00:00.18+00	1166	1324
19	6	member	2026-01-01 00:00:00.18+00	1166	1324
20	30	member	2026-01-01 00:00:00.19+00	1258	1494
20	40	member	2026-01-01 00:00:00.19+00	930	1494
21	4	owner	2026-01-01 00:00:00.2+00	1067	1465
21	39	member	2026-01-01 00:00:00.2+00	1099	1465
21	13	member	2026-01-01 00:00:00.2+00	1099	1465
21	2	member	2026-01-01 00:00:00.2+00	1251	1465
21	19	member	2026-01-01 00:00:00.2+00	1162	1465
21	24	member	2026-01-01 00:00:00.2+00	1352	1465
21	36	member	2026-01-01 00:00:00.2+00	1067	1465
21	10	member	2026-01-01 00:00:00.2+00	1156	1465
21	6	member	2026-01-01 00:00:00.2+00	1156	1465
21	5	member	2026-01-01 00:00:00.2+00	1063	1465
21	40	member	2026-01-01 00:00:00.2+00	1063	1465
22	7	member	2026-01-01 00:00:00.21+00	1100	1498
22	29	member	2026-01-01 00:00:00.21+00	1426	1498
23	2	member	2026-01-01 00:00:00.22+00	980	1289
23	25	member	2026-01-01 00:00:00.22+00	1181	1289
24	8	member	2026-01-01 00:00:00.23+00	750	1479
24	10	member	2026-01-01 00:00:00.23+00	765	1479
25	17	owner	2026-01-01 00:00:00.24+00	1457	1482
25	1	member	2026-01-01 00:00:00.24+00	1021	1482
25	27	member	2026-01-01 00:00:00.24+00	1427	1482
25	34	member	2026-01-01 00:00:00.24+00	1233	1482
26	3	member	2026-01-01 00:00:00.25+00	572	1213
26	20	member	2026-01-01 00:00:00.25+00	694	1213
27	2	owner	2026-01-01 00:00:00.26+00	1463	1480
27	11	member	2026-01-01 00:00:00.26+00	1463	1480
27	7	member	2026-01-01 00:00:00.26+00	938	1480
27	40	member	2026-01-01 00:00:00.26+00	915	1480
28	29	owner	2026-01-01 00:00:00.27+00	910	1476
28	38	member	2026-01-01 00:00:00.27+00	769	1476
28	11	member	2026-01-01 00:00:00.27+00	1401	1476
28	33	member	2026-01-01 00:00:00.27+00	910	1476
28	30	member	2026-01-01 00:00:00.27+00	910	1476
28	31	member	2026-01-01 00:00:00.27+00	1401	1476
28	20	member	2026-01-01 00:00:00.27+00	1401	1476
28	2	member	2026-01-01 00:00:00.27+00	1401	1476
28	13	member	2026-01-01 00:00:00.27+00	910	1476
28	23	member	2026-01-01 00:00:00.27+00	910	1476
29	3	member	2026-01-01 00:00:00.28+00	229	1253
29	25	member	2026-01-01 00:00:00.28+00	1130	1253
30	35	owner	2026-01-01 00:00:00.29+00	660	826
30	30	member	2026-01-01 00:00:00.29+00	520	826
30	24	member	2026-01-01 00:00:00.29+00	635	826
30	21	member	2026-01-01 00:00:00.29+00	635	826
31	11	member	2026-01-01 00:00:00.3+00	882	1294
31	16	member	2026-01-01 00:00:00.3+00	692	1294
32	35	member	2026-01-01 00:00:00.31+00	1207	1340
32	36	member	2026-01-01 00:00:00.31+00	931	1340
33	18	member	2026-01-01 00:00:00.32+00	958	1412
33	35	member	2026-01-01 00:00:00.32+00	960	1412
34	20	owner	2026-01-01 00:00:00.33+00	1154	1491
34	4	member	2026-01-01 00:00:00.33+00	859	1491
34	15	member	2026-01-01 00:00:00.33+00	751	1491
34	39	member	2026-01-01 00:00:00.33+00	832	1491
35	1	member	2026-01-01 00:00:00.34+00	1361	1440
35	23	member	2026-01-01 00:00:00.34+00	1203	1440
36	27	member	2026-01-01 00:00:00.35+00	779	1454
36	35	member	2026-01-01 00:00:00.35+00	746	1454
37	5	member	2026-01-01 00:00:00.36+00	1299	1447
37	32	member	2026-01-01 00:00:00.36+00	1299	1447
38	11	member	2026-01-01 00:00:00.37+00	1225	1414
38	31	member	2026-01-01 00:00:00.37+00	1391	1414
39	4	member	2026-01-01 00:00:00.38+00	839	1492
39	31	member	2026-01-01 00:00:00.38+00	702	1492
40	1	member	2026-01-01 00:00:00.39+00	1113	1312
40	29	member	2026-01-01 00:00:00.39+00	668	1312
41	33	member	2026-01-01 00:00:00.4+00	1033	1227
41	39	member	2026-01-01 00:00:00.4+00	888	1227
42	11	member	2026-01-01 00:00:00.41+00	1383	1435
42	29	member	2026-01-01 00:00:00.41+00	863	1435
43	28	member	2026-01-01 00:00:00.42+00	1260	1425
43	36	member	2026-01-01 00:00:00.42+00	909	1425
44	22	member	2026-01-01 00:00:00.43+00	918	1052
44	28	member	2026-01-01 00:00:00.43+00	1009	1052
45	11	member	2026-01-01 00:00:00.44+00	1406	1467
45	26	member	2026-01-01 00:00:00.44+00	994	1467
46	16	owner	2026-01-01 00:00:00.45+00	457	1272
46	36	member	2026-01-01 00:00:00.45+00	457	1272
46	5	member	2026-01-01 00:00:00.45+00	457	1272
46	3	member	2026-01-01 00:00:00.45+00	515	1272
46	1	member	2026-01-01 00:00:00.45+00	457	1272
46	29	member	2026-01-01 00:00:00.45+00	94	1272
47	17	owner	2026-01-01 00:00:00.46+00	1070	1360
47	27	member	2026-01-01 00:00:00.46+00	1077	1360
47	8	member	2026-01-01 00:00:00.46+00	1077	1360
47	30	member	2026-01-01 00:00:00.46+00	1016	1360
48	2	member	2026-01-01 00:00:00.47+00	1210	1449
48	9	member	2026-01-01 00:00:00.47+00	1133	1449
49	27	member	2026-01-01 00:00:00.48+00	1003	1377
49	37	member	2026-01-01 00:00:00.48+00	1307	1377
50	32	owner	2026-01-01 00:00:00.49+00	1057	1342
50	15	member	2026-01-01 00:00:00.49+00	1080	1342
50	8	member	2026-01-01 00:00:00.49+00	964	1342
50	22	member	2026-01-01 00:00:00.49+00	1080	1342
51	8	member	2026-01-01 00:00:00.5+00	764	1413
51	31	member	2026-01-01 00:00:00.5+00	1157	1413
52	30	member	2026-01-01 00:00:00.51+00	223	265
52	31	member	2026-01-01 00:00:00.51+00	114	265
53	1	member	2026-01-01 00:00:00.52+00	1269	1496
53	27	member	2026-01-01 00:00:00.52+00	1098	1496
54	9	owner	2026-01-01 00:00:00.53+00	787	1073
54	5	member	2026-01-01 00:00:00.53+00	259	1073
54	23	member	2026-01-01 00:00:00.53+00	259	1073
54	37	member	2026-01-01 00:00:00.53+00	787	1073
54	32	member	2026-01-01 00:00:00.53+00	259	1073
54	11	member	2026-01-01 00:00:00.53+00	787	1073
54	8	member	2026-01-01 00:00:00.53+00	259	1073
55	12	owner	2026-01-01 00:00:00.54+00	1399	1468
55	31	member	2026-01-01 00:00:00.54+00	954	1468
55	6	member	2026-01-01 00:00:00.54+00	1399	1468
55	11	member	2026-01-01 00:00:00.54+00	970	1468
55	40	member	2026-01-01 00:00:00.54+00	954	1468
55	22	member	2026-01-01 00:00:00.54+00	1399	1468
56	15	owner	2026-01-01 00:00:00.55+00	756	1470
56	36	member	2026-01-01 00:00:00.55+00	611	1470
56	17	member	2026-01-01 00:00:00.55+00	712	1470
56	38	member	2026-01-01 00:00:00.55+00	712	1470
57	6	member	2026-01-01 00:00:00.56+00	1458	1500
57	10	member	2026-01-01 00:00:00.56+00	1176	1500
58	10	member	2026-01-01 00:00:00.57+00	1300	1444
58	35	member	2026-01-01 00:00:00.57+00	1325	1444
59	13	member	2026-01-01 00:00:00.58+00	1015	1347
59	23	member	2026-01-01 00:00:00.58+00	1015	1347
60	3	owner	2026-01-01 00:00:00.59+00	1170	1304
60	39	member	2026-01-01 00:00:00.59+00	1170	1304
60	13	member	2026-01-01 00:00:00.59+00	1169	1304
60	7	member	2026-01-01 00:00:00.59+00	1170	1304
61	7	member	2026-01-01 00:00:00.6+00	1337	1351
61	38	member	2026-01-01 00:00:00.6+00	1296	1351
62	30	member	2026-01-01 00:00:00.61+00	959	1489
62	33	member	2026-01-01 00:00:00.61+00	906	1489
63	7	member	2026-01-01 00:00:00.62+00	1101	1497
63	15	member	2026-01-01 00:00:00.62+00	1249	1497
64	2	member	2026-01-01 00:00:00.63+00	927	1416
64	24	member	2026-01-01 00:00:00.63+00	1388	1416
65	1	member	2026-01-01 00:00:00.64+00	1366	1437
65	17	member	2026-01-01 00:00:00.64+00	1192	1437
66	32	owner	2026-01-01 00:00:00.65+00	536	1202
66	28	member	2026-01-01 00:00:00.65+00	536	1202
66	6	member	2026-01-01 00:00:00.65+00	1027	1202
66	12	member	2026-01-01 00:00:00.65+00	536	1202
67	1	member	2026-01-01 00:00:00.66+00	1160	1460
67	14	member	2026-01-01 00:00:00.66+00	1191	1460
68	23	owner	2026-01-01 00:00:00.67+00	1035	1451
68	26	member	2026-01-01 00:00:00.67+00	1084	1451
68	30	member	2026-01-01 00:00:00.67+00	1084	1451
68	31	member	2026-01-01 00:00:00.67+00	1127	1451
68	28	member	2026-01-01 00:00:00.67+00	1035	1451
69	39	owner	2026-01-01 00:00:00.68+00	962	1370
69	5	member	2026-01-01 00:00:00.68+00	1257	1370
69	29	member	2026-01-01 00:00:00.68+00	1336	1370
69	6	member	2026-01-01 00:00:00.68+00	1257	1370
70	37	member	2026-01-01 00:00:00.69+00	1245	1316
70	40	member	2026-01-01 00:00:00.69+00	850	1316
71	9	member	2026-01-01 00:00:00.7+00	1092	1445
71	15	member	2026-01-01 00:00:00.7+00	1136	1445
72	21	owner	2026-01-01 00:00:00.71+00	770	1415
72	17	member	2026-01-01 00:00:00.71+00	968	1415
72	22	member	2026-01-01 00:00:00.71+00	968	1415
72	10	member	2026-01-01 00:00:00.71+00	1313	1415
73	33	member	2026-01-01 00:00:00.72+00	676	1338
73	40	member	2026-01-01 00:00:00.72+00	717	1338
74	16	member	2026-01-01 00:00:00.73+00	1069	1495
74	24	member	2026-01-01 00:00:00.73+00	1200	1495
75	17	member	2026-01-01 00:00:00.74+00	1276	1483
75	36	member	2026-01-01 00:00:00.74+00	1276	1483
76	1	member	2026-01-01 00:00:00.75+00	1167	1450
76	8	member	2026-01-01 00:00:00.75+00	1423	1450
77	3	member	2026-01-01 00:00:00.76+00	1142	1286
77	4	member	2026-01-01 00:00:00.76+00	716	1286
78	19	owner	2026-01-01 00:00:00.77+00	1384	1473
78	27	member	2026-01-01 00:00:00.77+00	1140	1473
78	8	member	2026-01-01 00:00:00.77+00	1364	1473
78	36	member	2026-01-01 00:00:00.77+00	1023	1473
78	9	member	2026-01-01 00:00:00.77+00	1140	1473
79	31	member	2026-01-01 00:00:00.78+00	1108	1368
79	39	member	2026-01-01 00:00:00.78+00	1108	1368
80	29	member	2026-01-01 00:00:00.79+00	707	1038
80	33	member	2026-01-01 00:00:00.79+00	690	1038
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

