#!/usr/bin/env python3
"""Writes assets/demo/*.json: the made-up Digital Economy Conference 2027 used by the demo kiosk.

The JSON refers to images (exhibitor logos, speaker photos, sponsor banners, the key visual) under
images/; those are not in git: the build draws them from this JSON (tools/make_demo_images.cpp).

The content is fictional but shaped like a real multi-venue conference: a Beijing main venue,
sub-venues in Lhasa, Singapore and Barcelona (whose days cross the March DST change), an opening
ceremony, six main forums, thematic forums and special activities, 120 exhibitors on hall maps,
announcements and the "Night of Digital City" evening show, and walking graphs for routes
(demo_walking_graph.py: Beijing on two floors with a lift, the sub-venues on one). Deterministic: same output every run.
"""
import json
import os
import random
import sys

from demo_walking_graph import add_wayfinding

rng = random.Random(2027)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "assets", "demo")

def t(en, zh, es=None):
    d = {"en": en, "zh": zh}
    if es:
        d["es"] = es
    return d

VENUES = [
    {"id": "bj", "name": t("Beijing Main Venue", "北京主会场", "Sede principal de Pekín"),
     "city": t("Beijing", "北京", "Pekín"), "time_zone": "Asia/Shanghai", "latitude": 39.9042,
     "longitude": 116.4074, "days": ["2027-03-25", "2027-03-26", "2027-03-27", "2027-03-28"], "offset": "+08:00"},
    {"id": "lhasa", "name": t("Lhasa Sub-venue", "拉萨分会场", "Subsede de Lhasa"),
     "city": t("Lhasa", "拉萨", "Lhasa"), "time_zone": "Asia/Shanghai", "latitude": 29.6520,
     "longitude": 91.1721, "days": ["2027-03-26", "2027-03-27"], "offset": "+08:00"},
    {"id": "sg", "name": t("Singapore Sub-venue", "新加坡分会场", "Subsede de Singapur"),
     "city": t("Singapore", "新加坡", "Singapur"), "time_zone": "Asia/Singapore", "latitude": 1.2834,
     "longitude": 103.8607, "days": ["2027-03-26", "2027-03-27"], "offset": "+08:00"},
    # Barcelona's days straddle the switch to summer time (2027-03-28 02:00 CET -> 03:00 CEST).
    {"id": "bcn", "name": t("Barcelona Sub-venue", "巴塞罗那分会场", "Subsede de Barcelona"),
     "city": t("Barcelona", "巴塞罗那", "Barcelona"), "time_zone": "Europe/Madrid", "latitude": 41.3743,
     "longitude": 2.1527, "days": ["2027-03-27", "2027-03-28"], "offset": None},
]

ROOMS = [
    ("bj-auditorium", "bj", "bj-conf", t("Grand Auditorium", "大礼堂", "Gran Auditorio"), 2400),
    ("bj-forum-1", "bj", "bj-conf", t("Forum Hall 1", "论坛厅 1", "Sala de foros 1"), 600),
    ("bj-forum-2", "bj", "bj-conf", t("Forum Hall 2", "论坛厅 2", "Sala de foros 2"), 600),
    ("bj-room-301", "bj", "bj-conf", t("Room 301", "301 会议室", "Sala 301"), 180),
    ("bj-room-302", "bj", "bj-conf", t("Room 302", "302 会议室", "Sala 302"), 180),
    ("bj-room-305", "bj", "bj-conf", t("Room 305", "305 会议室", "Sala 305"), 120),
    ("bj-hall-a", "bj", "bj-hall-a", t("Exhibition Hall A", "A 展厅", "Pabellón A"), 5000),
    ("bj-plaza", "bj", "bj-conf", t("Lakeside Plaza", "湖畔广场", "Plaza del lago"), 8000),
    ("lhasa-hall", "lhasa", "lhasa-hall", t("Potala Conference Hall", "布达拉会议厅", "Sala Potala"), 400),
    ("lhasa-room-2", "lhasa", "lhasa-hall", t("Highland Room", "高原厅", "Sala Altiplano"), 120),
    ("sg-theatre", "sg", "sg-hall", t("Marina Theatre", "滨海剧场", "Teatro Marina"), 500),
    ("sg-room-b", "sg", "sg-hall", t("Strait Room", "海峡厅", "Sala del Estrecho"), 150),
    ("bcn-auditori", "bcn", "bcn-hall", t("Auditori Mediterrani", "地中海礼堂", "Auditorio Mediterráneo"), 700),
    ("bcn-sala-2", "bcn", "bcn-hall", t("Sala Gaudí", "高迪厅", "Sala Gaudí"), 160),
]

TRACKS = [
    ("ai", t("AI & Large Models", "人工智能与大模型", "IA y grandes modelos"), "#7B61FF"),
    ("infra", t("Digital Infrastructure", "数字基础设施", "Infraestructura digital"), "#2D9CDB"),
    ("city", t("Smart Cities", "智慧城市", "Ciudades inteligentes"), "#27AE60"),
    ("trade", t("Digital Trade", "数字贸易", "Comercio digital"), "#F2994A"),
    ("green", t("Green & Energy", "绿色与能源", "Verde y energía"), "#6FCF97"),
    ("data", t("Data Governance", "数据治理", "Gobernanza de datos"), "#EB5757"),
]

SECTORS = [
    ("ai_models", t("AI large models", "AI 大模型", "Grandes modelos de IA")),
    ("smart_logistics", t("Smart logistics", "智慧物流", "Logística inteligente")),
    ("autonomous_driving", t("Autonomous driving", "自动驾驶", "Conducción autónoma")),
    ("cross_border_ecommerce", t("Cross-border e-commerce", "跨境电商", "Comercio electrónico transfronterizo")),
    ("smart_energy", t("Smart energy", "智慧能源", "Energía inteligente")),
    ("telecom", t("Telecom", "通信", "Telecomunicaciones")),
    ("smart_manufacturing", t("Smart manufacturing", "智能制造", "Fabricación inteligente")),
    ("fintech", t("Fintech", "金融科技", "Tecnología financiera")),
]

# Speakers: (id, en, zh, affiliation en, affiliation zh)
SURNAMES = [("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"),
            ("Zhao", "赵"), ("Huang", "黄"), ("Zhou", "周"), ("Wu", "吴"), ("Xu", "徐"), ("Sun", "孙"),
            ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"), ("Guo", "郭"), ("He", "何"), ("Lin", "林")]
GIVEN = [("Wei", "伟"), ("Fang", "芳"), ("Min", "敏"), ("Jing", "静"), ("Lei", "磊"), ("Yang", "洋"),
         ("Yan", "艳"), ("Jun", "军"), ("Tao", "涛"), ("Ming", "明"), ("Chao", "超"), ("Xia", "霞"),
         ("Hui", "慧"), ("Ping", "平"), ("Gang", "刚"), ("Yun", "云"), ("Xin", "鑫"), ("Hao", "浩")]
INTERNATIONAL = [("Ana García", "安娜·加西亚"), ("Jordi Puig", "霍尔迪·普伊赫"), ("Priya Nair", "普丽娅·奈尔"),
                 ("Daniel Tan", "陈丹尼"), ("Siti Rahman", "西蒂·拉赫曼"), ("Lucas Moreau", "卢卡斯·莫罗"),
                 ("Sofia Rossi", "索菲亚·罗西"), ("Kenji Watanabe", "渡边健二"), ("Amara Okafor", "阿玛拉·奥卡福"),
                 ("Marta Fernández", "玛尔塔·费尔南德斯"), ("Tenzin Norbu", "丹增·诺布"), ("Sean O'Brien", "肖恩·奥布莱恩"),
                 ("Lena Schmidt", "莉娜·施密特"), ("Rahul Mehta", "拉胡尔·梅塔"), ("Nguyen Thi Lan", "阮氏兰"),
                 ("Carlos Ruiz", "卡洛斯·鲁伊斯")]
AFFILIATIONS = [
    t("Digital Economy Research Institute", "数字经济研究院", "Instituto de Investigación de Economía Digital"),
    t("National Computing Network Lab", "国家算力网络实验室", "Laboratorio Nacional de Redes de Cómputo"),
    t("Asia-Pacific Data Alliance", "亚太数据联盟", "Alianza de Datos Asia-Pacífico"),
    t("Mediterranean Smart City Forum", "地中海智慧城市论坛", "Foro de Ciudades Inteligentes del Mediterráneo"),
    t("Plateau Digital Development Center", "高原数字发展中心", "Centro de Desarrollo Digital del Altiplano"),
    t("Open Source Foundation for AI", "人工智能开源基金会", "Fundación de Código Abierto para la IA"),
    t("University of Applied Informatics", "应用信息大学", "Universidad de Informática Aplicada"),
    t("Global Logistics Council", "全球物流理事会", "Consejo Global de Logística"),
]

def make_speakers():
    speakers = []
    used = set()
    while len(speakers) < 48:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN)
        if (s, g) in used:
            continue
        used.add((s, g))
        aff = rng.choice(AFFILIATIONS)
        speakers.append({"id": f"sp-{len(speakers) + 1:03d}", "name": t(f"{s[0]} {g[0]}", s[1] + g[1]),
                         "affiliation": aff,
                         "bio": t(f"{s[0]} {g[0]} leads research at the {aff['en']}.",
                                  f"{s[1]}{g[1]}，{aff['zh']}研究负责人。")})
    for en, zh in INTERNATIONAL:
        aff = rng.choice(AFFILIATIONS)
        speakers.append({"id": f"sp-{len(speakers) + 1:03d}", "name": t(en, zh, en), "affiliation": aff,
                         "bio": t(f"{en} works on digital policy and technology at the {aff['en']}.",
                                  f"{zh}，就职于{aff['zh']}，研究数字政策与技术。")})
    for sp in speakers:
        sp["photo"] = f"images/speakers/{sp['id']}.jpg"
    return speakers

# Sponsors: (id, en, zh, tier); each has a banner drawn at build time.
SPONSORS = [
    ("skyline-telecom", "Skyline Telecom", "天际通信", "headline"),
    ("qilin-compute", "Qilin Compute", "麒麟算力", "gold"),
    ("harbor-pay", "Harbor Pay", "海港支付", "gold"),
    ("greenvolt", "GreenVolt Energy", "绿伏能源", "silver"),
    ("silk-road-data", "Silk Road Data", "丝路数据", "silver"),
    ("mediterrania-robotics", "Mediterrània Robotics", "地中海机器人", "partner"),
]

THEMES = {
    "ai": [("Large Models in Industry", "大模型赋能千行百业", "Grandes modelos en la industria"),
           ("Trustworthy AI", "可信人工智能", "IA confiable"),
           ("Embodied Intelligence and Robotics", "具身智能与机器人", "Inteligencia encarnada y robótica"),
           ("AI for Science", "人工智能驱动的科学研究", "IA para la ciencia"),
           ("Multilingual Models for the Belt and Road", "面向一带一路的多语言模型", None)],
    "infra": [("Computing Power Networks", "算力网络", "Redes de potencia de cómputo"),
              ("5G-Advanced and 6G", "5G-A 与 6G", "5G avanzado y 6G"),
              ("Satellite Internet", "卫星互联网", "Internet por satélite"),
              ("East Data, West Computing", "东数西算", None)],
    "city": [("Digital Twin Cities", "数字孪生城市", "Ciudades gemelas digitales"),
             ("Urban Mobility and Autonomous Driving", "城市出行与自动驾驶", "Movilidad urbana y conducción autónoma"),
             ("Smart Venues and Tourism", "智慧场馆与文旅", "Recintos inteligentes y turismo"),
             ("Digital Heritage of the Plateau", "高原数字文化遗产", None)],
    "trade": [("Cross-border E-commerce", "跨境电商新模式", "Nuevo comercio electrónico transfronterizo"),
              ("Digital Payments", "数字支付", "Pagos digitales"),
              ("Smart Ports and Logistics", "智慧港口与物流", "Puertos y logística inteligentes")],
    "green": [("Green Data Centres", "绿色数据中心", "Centros de datos verdes"),
              ("Smart Grids and Storage", "智能电网与储能", "Redes inteligentes y almacenamiento"),
              ("Carbon Accounting with Data", "数据驱动的碳核算", "Contabilidad de carbono con datos")],
    "data": [("Data as a Factor of Production", "数据要素市场化", "Los datos como factor de producción"),
             ("Privacy Computing", "隐私计算", "Computación privada"),
             ("Cross-border Data Flows", "数据跨境流动", "Flujos transfronterizos de datos")],
}

def iso(day, hh, mm, offset):
    return f"{day}T{hh:02d}:{mm:02d}:00{offset}"

def bcn_offset(day, hh):
    # Europe/Madrid: CET (+01:00) until 2027-03-28 02:00 local, CEST (+02:00) after.
    return "+02:00" if (day > "2027-03-28" or (day == "2027-03-28" and hh >= 3)) else "+01:00"

def session(sid, title, abstract, venue, day, start, end, room, track, kind, speakers, lang="zh", featured=False):
    off_s = venue["offset"] or bcn_offset(day, start[0])
    end_day = day
    if end[0] >= 24:
        y, m, d = map(int, day.split("-"))
        end_day = f"{y:04d}-{m:02d}-{d + 1:02d}"
        end = (end[0] - 24, end[1])
    off_e = venue["offset"] or bcn_offset(end_day, end[0])
    s = {"id": sid, "title": title, "abstract": abstract, "start": iso(day, *start, off_s),
         "end": iso(end_day, *end, off_e), "room": room, "kind": kind, "speakers": speakers, "language": lang}
    if track:
        s["track"] = track
    if featured:
        s["featured"] = True
    return s

def make_sessions(speakers):
    ids = [s["id"] for s in speakers]
    pick = lambda n: sorted(rng.sample(ids, n))
    V = {v["id"]: v for v in VENUES}
    bj = V["bj"]
    out = []
    out.append(session("opening", t("Opening Ceremony", "开幕式", "Ceremonia de apertura"),
                       t("Welcome addresses, the launch of the Digital Economy Index 2027 and a keynote on the next decade of digital cooperation.",
                         "致辞、《2027 数字经济指数》发布及关于未来十年数字合作的主旨演讲。",
                         "Discursos de bienvenida, presentación del Índice de Economía Digital 2027 y conferencia magistral."),
                       bj, "2027-03-25", (9, 0), (10, 30), "bj-auditorium", None, "opening_ceremony", pick(4), featured=True))
    mains = [("Main Forum: Digital Economy and Global Growth", "主论坛：数字经济与全球增长", "Foro principal: economía digital y crecimiento global"),
             ("Main Forum: Artificial Intelligence for Everyone", "主论坛：人人可用的人工智能", "Foro principal: inteligencia artificial para todos"),
             ("Main Forum: Computing Power as Infrastructure", "主论坛：算力即基础设施", "Foro principal: la computación como infraestructura"),
             ("Main Forum: Data Elements and Governance", "主论坛：数据要素与治理", "Foro principal: elementos de datos y gobernanza"),
             ("Main Forum: Digital Trade Without Borders", "主论坛：无界数字贸易", "Foro principal: comercio digital sin fronteras"),
             ("Main Forum: Green and Digital Transition", "主论坛：绿色与数字化双转型", "Foro principal: transición verde y digital")]
    slots = [("2027-03-25", (10, 45), (12, 15)), ("2027-03-25", (14, 0), (15, 30)), ("2027-03-26", (9, 0), (10, 30)),
             ("2027-03-26", (14, 0), (15, 30)), ("2027-03-27", (9, 0), (10, 30)), ("2027-03-27", (14, 0), (15, 30))]
    for i, ((en, zh, es), (day, s, e)) in enumerate(zip(mains, slots)):
        out.append(session(f"main-{i + 1}", t(en, zh, es),
                           t(f"Ministers, founders and researchers debate {en.split(': ')[1].lower()}.",
                             f"部长、企业家与研究者共同探讨{zh.split('：')[1]}。", es),
                           bj, day, s, e, "bj-auditorium" if i % 2 == 0 else "bj-forum-1", list(TRACKS[i % 6][0:1])[0],
                           "main_forum", pick(4), featured=True))
    out.append(session("summit-ceo", t("CEO Summit: Building the Next Digital Decade", "企业家峰会：共建下一个数字十年", "Cumbre de CEOs"),
                       t("Closed-door roundtable of 40 chief executives, streamed to the forum halls.", "四十位企业负责人闭门圆桌，论坛厅同步直播。"),
                       bj, "2027-03-26", (16, 0), (17, 30), "bj-forum-1", "trade", "summit_forum", pick(3)))
    out.append(session("summit-ai", t("AI Safety Summit", "人工智能安全峰会", "Cumbre de seguridad de la IA"),
                       t("Standards bodies and labs on evaluation and red-teaming of large models.", "标准组织与实验室共议大模型评测与红队测试。"),
                       bj, "2027-03-27", (16, 0), (17, 30), "bj-forum-2", "ai", "summit_forum", pick(3)))
    # Thematic forums: every theme at least once, spread over venues, rooms and days.
    venue_rooms = {"bj": ["bj-forum-2", "bj-room-301", "bj-room-302", "bj-room-305"],
                   "lhasa": ["lhasa-hall", "lhasa-room-2"], "sg": ["sg-theatre", "sg-room-b"],
                   "bcn": ["bcn-auditori", "bcn-sala-2"]}
    times = [((9, 30), (11, 0)), ((11, 15), (12, 30)), ((14, 0), (15, 30)), ((15, 45), (17, 15))]
    n = 0
    themes = [(track, th) for track, lst in THEMES.items() for th in lst]
    plan = []
    for vid, rooms in venue_rooms.items():
        for day in V[vid]["days"]:
            for room in rooms:
                for ti, (s, e) in enumerate(times):
                    if vid == "bj" and room == "bj-forum-2" and day in ("2027-03-25",):
                        continue
                    plan.append((vid, day, room, s, e))
    rng.shuffle(plan)
    plan = sorted(plan[:52], key=lambda p: (p[1], p[3], p[2]))
    for vid, day, room, s, e in plan:
        track, (en, zh, es) = themes[n % len(themes)]
        n += 1
        lang = {"bcn": "es", "sg": "en"}.get(vid, "zh")
        place_en, place_zh = V[vid]["city"]["en"], V[vid]["city"]["zh"]
        out.append(session(f"tf-{n:03d}", t(f"{en} ({place_en})", f"{zh}（{place_zh}）", f"{es} ({place_en})" if es else None),
                           t(f"A thematic forum on {en.lower()} with case studies from {place_en}.",
                             f"聚焦{zh}的专题论坛，分享来自{place_zh}的实践案例。",
                             f"Foro temático sobre {es.lower()} con casos de {place_en}." if es else None),
                           V[vid], day, s, e, room, track, "thematic_forum", pick(rng.randint(2, 4)), lang))
    # Two sessions overlapping in one room (a panel and its live demo), which the UI shows side by side.
    out.append(session("tf-overlap", t("Live Demo: Robot Guides for Venues", "现场演示：场馆导览机器人", "Demostración: robots guía"),
                       t("Robot guides demonstrated on stage while the panel continues.", "论坛进行中同步进行的导览机器人现场演示。"),
                       bj, "2027-03-26", (14, 30), (15, 15), "bj-room-301", "ai", "special_activity", pick(2)))
    specials = [
        ("Hackathon: Open Data for Cities", "黑客松：城市开放数据", "Hackathon: datos abiertos", "bj", "2027-03-26", (9, 0), (18, 0), "bj-room-305", "city"),
        ("Startup Pitch Night", "创业路演之夜", "Noche de pitches", "sg", "2027-03-26", (18, 0), (20, 0), "sg-theatre", "trade"),
        ("Plateau Digital Culture Tour", "高原数字文化之旅", "Ruta cultural digital", "lhasa", "2027-03-27", (14, 0), (17, 0), "lhasa-room-2", "city"),
        ("Youth Coding Workshop", "青少年编程工作坊", "Taller de programación juvenil", "bcn", "2027-03-27", (10, 0), (12, 0), "bcn-sala-2", "ai"),
        ("Robotics Parade", "机器人巡游", "Desfile de robots", "bj", "2027-03-27", (12, 30), (13, 30), "bj-plaza", "ai"),
        ("Digital Trade Matchmaking", "数字贸易对接会", "Encuentros de negocio", "bj", "2027-03-28", (9, 30), (12, 0), "bj-forum-2", "trade"),
        ("Closing Ceremony", "闭幕式", "Ceremonia de clausura", "bj", "2027-03-28", (15, 0), (16, 0), "bj-auditorium", None),
        ("Barcelona Closing Talk: Cities of the Mediterranean", "巴塞罗那闭幕演讲：地中海城市", "Charla de clausura: ciudades del Mediterráneo", "bcn", "2027-03-28", (11, 0), (12, 0), "bcn-auditori", "city"),
    ]
    for i, (en, zh, es, vid, day, s, e, room, track) in enumerate(specials):
        out.append(session(f"sa-{i + 1:02d}", t(en, zh, es), t(f"{en}: open to all attendees.", f"{zh}：欢迎所有参会者参加。", f"{es}: abierto a todos."),
                           V[vid], day, s, e, room, track, "special_activity", pick(2), {"bcn": "es", "sg": "en"}.get(vid, "zh")))
    for day in bj["days"]:
        out.append(session(f"expo-{day[-2:]}", t("Digital Economy Exhibition", "数字经济成果展", "Exposición de economía digital"),
                           t("120 companies show AI, logistics, driving, e-commerce, energy and telecom.", "120 家企业展示人工智能、物流、自动驾驶、跨境电商、能源与通信成果。"),
                           bj, day, (9, 0), (17, 0), "bj-hall-a", None, "exhibition", []))
    out.append(session("night-of-digital-city", t("Night of Digital City", "数字城市之夜", "Noche de la Ciudad Digital"),
                       t("A light show across the convention centre facade, with countdown on every kiosk.",
                         "会展中心外立面灯光秀，所有导览屏同步倒计时。", "Espectáculo de luces en la fachada del centro de convenciones."),
                       bj, "2027-03-28", (20, 0), (21, 30), "bj-plaza", "city", "evening_event", pick(2), featured=True))
    return out

PREFIXES = [("Kunlun", "昆仑"), ("Xinghe", "星河"), ("Tianyu", "天宇"), ("Lanhai", "蓝海"), ("Qingyun", "青云"),
            ("Jinqiao", "金桥"), ("Zhiyuan", "致远"), ("Huaxin", "华信"), ("Yunfan", "云帆"), ("Chenguang", "晨光"),
            ("Mingde", "明德"), ("Ruijie", "瑞捷"), ("Haina", "海纳"), ("Feiyue", "飞跃"), ("Zhuoyue", "卓越"),
            ("Lingxi", "灵犀"), ("Boyuan", "博远"), ("Xuntian", "巡天"), ("Anheng", "安恒"), ("Shuguang", "曙光"),
            ("Pangu", "盘古"), ("Wanli", "万里"), ("Tianshu", "天枢"), ("Xiangyun", "祥云"), ("Nova", "诺瓦"),
            ("Meridian", "子午"), ("Aurora", "极光"), ("Solaris", "索拉瑞斯"), ("Atlas", "阿特拉斯"), ("Vela", "维拉"),
            ("Catalonia Tech", "加泰科技"), ("Lion City", "狮城"), ("Everest", "珠峰"), ("Yarlung", "雅鲁"), ("Sagrada", "萨格拉达")]
SECTOR_SUFFIX = {
    "ai_models": [("Intelligence", "智能"), ("AI Lab", "人工智能实验室"), ("Cognition", "认知科技")],
    "smart_logistics": [("Logistics", "物流"), ("Supply Chain", "供应链"), ("Freight Tech", "货运科技")],
    "autonomous_driving": [("Autodrive", "自动驾驶"), ("Mobility", "智行"), ("Robotaxi", "无人出租")],
    "cross_border_ecommerce": [("Global Trade", "环球贸易"), ("Cross-border", "跨境"), ("Marketplace", "优选")],
    "smart_energy": [("Energy", "能源"), ("Power Grid", "电网科技"), ("Storage", "储能")],
    "telecom": [("Telecom", "通信"), ("Networks", "网络"), ("Satellite", "卫星通信")],
    "smart_manufacturing": [("Robotics", "机器人"), ("Industrial Cloud", "工业云"), ("Machines", "智造")],
    "fintech": [("Pay", "支付"), ("Digital Finance", "数字金融"), ("Ledger", "链科技")],
}
DESCR = {
    "ai_models": ("builds foundation models for customer service and industrial inspection",
                  "研发面向客服与工业质检的基础大模型", "desarrolla modelos fundacionales para atención al cliente e inspección industrial"),
    "smart_logistics": ("runs automated warehouses and last-mile delivery robots",
                        "运营自动化仓储与末端配送机器人", "opera almacenes automatizados y robots de reparto"),
    "autonomous_driving": ("develops Level 4 driving systems for city buses and freight",
                           "研发城市公交与货运 L4 级自动驾驶系统", "desarrolla conducción autónoma de nivel 4"),
    "cross_border_ecommerce": ("connects small brands with buyers in 40 countries",
                               "连接中小品牌与 40 个国家的买家", "conecta pequeñas marcas con compradores de 40 países"),
    "smart_energy": ("optimises solar farms and grid storage with real-time data",
                     "以实时数据优化光伏电站与电网储能", "optimiza parques solares y almacenamiento con datos en tiempo real"),
    "telecom": ("deploys 5G-Advanced private networks for ports and factories",
                "为港口和工厂部署 5G-A 专网", "despliega redes privadas 5G avanzado"),
    "smart_manufacturing": ("makes collaborative robots and factory digital twins",
                            "生产协作机器人并构建工厂数字孪生", "fabrica robots colaborativos y gemelos digitales"),
    "fintech": ("offers cross-border payments and digital invoicing",
                "提供跨境支付与数字发票服务", "ofrece pagos transfronterizos y facturación digital"),
}

def make_exhibitors_and_map():
    halls = [
        {"id": "bj-hall-a", "venue": "bj", "name": t("Exhibition Hall A", "A 展厅", "Pabellón A"), "outline": [[0, 0], [1200, 0], [1200, 700], [0, 700]]},
        {"id": "bj-hall-b", "venue": "bj", "name": t("Exhibition Hall B", "B 展厅", "Pabellón B"), "outline": [[0, 760], [1200, 760], [1200, 1260], [0, 1260]]},
        {"id": "bj-conf", "venue": "bj", "name": t("Conference Centre", "会议中心", "Centro de conferencias"), "outline": [[1260, 0], [1700, 0], [1700, 1260], [1260, 1260]]},
        {"id": "lhasa-hall", "venue": "lhasa", "name": t("Lhasa Expo Hall", "拉萨展厅", "Pabellón de Lhasa"), "outline": [[0, 0], [600, 0], [600, 400], [0, 400]]},
        {"id": "sg-hall", "venue": "sg", "name": t("Marina Hall", "滨海展厅", "Pabellón Marina"), "outline": [[0, 0], [700, 0], [700, 400], [0, 400]]},
        {"id": "bcn-hall", "venue": "bcn", "name": t("Pavelló Digital", "数字展馆", "Pabellón Digital"), "outline": [[0, 0], [700, 0], [700, 400], [0, 400]]},
    ]
    booths = []
    def grid(hall, prefix, x0, y0, cols, rows, w, h, gap, aisle_every=None):
        made = []
        for r in range(rows):
            for c in range(cols):
                x = x0 + c * (w + gap) + (40 if aisle_every and c >= aisle_every else 0)
                y = y0 + r * (h + gap) + (r // 2) * 40
                bid = f"{prefix}{len(made) + 1:02d}"
                made.append({"id": bid, "hall": hall, "label": bid,
                             "outline": [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]})
        return made
    booths += grid("bj-hall-a", "A", 40, 60, 10, 6, 100, 80, 10, aisle_every=5)
    booths += grid("bj-hall-b", "B", 40, 820, 10, 4, 100, 80, 10, aisle_every=5)
    booths += grid("lhasa-hall", "L", 40, 60, 5, 2, 90, 80, 15)
    booths += grid("sg-hall", "S", 40, 60, 6, 2, 90, 80, 15)
    booths += grid("bcn-hall", "C", 40, 60, 6, 2, 90, 80, 15)
    landmarks = [
        {"id": "bj-entrance", "hall": "bj-hall-a", "kind": "entrance", "name": t("Main Entrance", "主入口", "Entrada principal"), "position": [600, 690]},
        {"id": "bj-info", "hall": "bj-hall-a", "kind": "info", "name": t("Information Desk", "服务台", "Información"), "position": [620, 30]},
        {"id": "bj-food", "hall": "bj-hall-b", "kind": "food", "name": t("Food Court", "餐饮区", "Zona de comida"), "position": [1100, 1230]},
        {"id": "bj-restroom", "hall": "bj-hall-b", "kind": "restroom", "name": t("Restrooms", "洗手间", "Aseos"), "position": [40, 1230]},
        {"id": "bj-stage", "hall": "bj-conf", "kind": "stage", "name": t("Grand Auditorium", "大礼堂", "Gran Auditorio"), "position": [1480, 300]},
        {"id": "lhasa-entrance", "hall": "lhasa-hall", "kind": "entrance", "name": t("Entrance", "入口", "Entrada"), "position": [300, 390]},
        {"id": "sg-entrance", "hall": "sg-hall", "kind": "entrance", "name": t("Entrance", "入口", "Entrada"), "position": [350, 390]},
        {"id": "bcn-entrance", "hall": "bcn-hall", "kind": "entrance", "name": t("Entrance", "入口", "Entrada"), "position": [350, 390]},
    ]
    # Exhibitors: 120, one booth each, local companies at the sub-venues.
    free = {h: [b["id"] for b in booths if b["hall"] == h] for h in ("bj-hall-a", "bj-hall-b", "lhasa-hall", "sg-hall", "bcn-hall")}
    plan = [("bj-hall-a", 60), ("bj-hall-b", 36), ("lhasa-hall", 8), ("sg-hall", 8), ("bcn-hall", 8)]
    sector_ids = [s[0] for s in SECTORS]
    exhibitors = []
    names = set()
    for hall, count in plan:
        for k in range(count):
            sector = sector_ids[len(exhibitors) % len(sector_ids)]
            while True:
                p = rng.choice(PREFIXES)
                sfx = rng.choice(SECTOR_SUFFIX[sector])
                if (p, sfx) not in names:
                    names.add((p, sfx))
                    break
            en, zh = f"{p[0]} {sfx[0]}", p[1] + sfx[1]
            d_en, d_zh, d_es = DESCR[sector]
            sectors = [sector] + ([rng.choice(sector_ids)] if rng.random() < 0.3 else [])
            sectors = list(dict.fromkeys(sectors))
            e = {"id": f"ex-{len(exhibitors) + 1:03d}", "name": t(en, zh), "sectors": sectors,
                 "description": t(f"{en} {d_en}.", f"{zh}{d_zh}。", f"{en} {d_es}."),
                 "booth": free[hall][k], "website": f"https://{p[0].lower().replace(' ', '')}-{sfx[0].lower().replace(' ', '-')}.example"}
            e["logo"] = f"images/logos/{e['id']}.png"
            if len(exhibitors) % 15 == 0:
                e["featured"] = True
            exhibitors.append(e)
    return exhibitors, {"format": 1, "halls": halls, "booths": booths, "landmarks": landmarks}

def make_announcements():
    return [
        {"id": "welcome", "priority": "info", "valid_from": "2027-03-20T00:00:00+08:00", "valid_to": "2027-03-29T00:00:00+08:00",
         "text": t("Welcome to the Digital Economy Conference 2027. Free Wi-Fi: DEC2027.", "欢迎参加 2027 数字经济大会。免费 Wi-Fi：DEC2027。",
                   "Bienvenidos a la Conferencia de Economía Digital 2027. Wi-Fi gratis: DEC2027.")},
        {"id": "shuttle", "priority": "important", "valid_from": "2027-03-25T07:00:00+08:00", "valid_to": "2027-03-28T22:00:00+08:00",
         "venues": ["bj"],
         "text": t("Shuttle buses to the metro leave Gate 2 every 10 minutes until 22:00.", "前往地铁站的接驳车每 10 分钟从 2 号门发车，末班 22:00。",
                   "Los autobuses lanzadera al metro salen de la Puerta 2 cada 10 minutos hasta las 22:00.")},
        {"id": "main-forum-moved", "priority": "important", "valid_from": "2027-03-26T07:00:00+08:00", "valid_to": "2027-03-26T16:00:00+08:00",
         "venues": ["bj"],
         "text": t("The afternoon main forum is in Forum Hall 1 today.", "今日下午主论坛改在论坛厅 1 举行。",
                   "Hoy el foro principal de la tarde se celebra en la Sala de foros 1.")},
        {"id": "night-show", "priority": "info", "valid_from": "2027-03-28T12:00:00+08:00", "valid_to": "2027-03-28T21:30:00+08:00",
         "venues": ["bj"],
         "text": t("Night of Digital City starts at 20:00 on the Lakeside Plaza.", "“数字城市之夜”灯光秀 20:00 在湖畔广场开始。",
                   "La Noche de la Ciudad Digital empieza a las 20:00 en la Plaza del lago.")},
        {"id": "sg-registration", "priority": "info", "valid_from": "2027-03-25T08:00:00+08:00", "valid_to": "2027-03-27T18:00:00+08:00",
         "venues": ["sg"],
         "text": t("Registration is on Level 1 next to the Marina Theatre.", "注册处位于一层滨海剧场旁。",
                   "La acreditación está en la planta 1, junto al Teatro Marina.")},
        {"id": "bcn-dst", "priority": "important", "valid_from": "2027-03-27T08:00:00+01:00", "valid_to": "2027-03-28T12:00:00+02:00",
         "venues": ["bcn"],
         "text": t("Clocks go forward one hour tonight: Sunday sessions follow summer time.", "今晚夏令时开始，时钟拨快一小时：周日活动按夏令时进行。",
                   "Esta noche se adelanta la hora: las sesiones del domingo siguen el horario de verano.")},
        {"id": "drill-2027-03-25", "priority": "emergency", "valid_from": "2027-03-25T08:00:00+08:00", "valid_to": "2027-03-25T08:05:00+08:00",
         "venues": ["bj"],
         "text": t("Evacuation drill: please follow staff to the nearest exit.", "疏散演练：请跟随工作人员前往最近的出口。",
                   "Simulacro de evacuación: sigan al personal hasta la salida más cercana.")},
    ]

def main():
    os.makedirs(OUT, exist_ok=True)
    speakers = make_speakers()
    sessions = make_sessions(speakers)
    exhibitors, map_json = make_exhibitors_and_map()
    add_wayfinding(map_json)
    # Each session and speaker has a page on the (made-up) conference site: the kiosk shows it as
    # a QR code so a visitor takes it away on their phone.
    for s in sessions:
        s["url"] = f"https://dec2027.example/sessions/{s['id']}"
    for sp in speakers:
        sp["url"] = f"https://dec2027.example/speakers/{sp['id']}"
    event = {"format": 1,
             "conference": {"id": "dec2027", "name": t("Digital Economy Conference 2027", "2027 数字经济大会", "Conferencia de Economía Digital 2027"),
                            "tagline": t("Connecting the digital world", "连接数字世界", "Conectando el mundo digital"),
                            "key_visual": "images/key-visual.jpg"},
             "venues": [{k: v for k, v in venue.items() if k != "offset"} for venue in VENUES],
             "rooms": [{"id": i, "venue": v, "hall": h, "name": n, "capacity": c} for i, v, h, n, c in ROOMS],
             "tracks": [{"id": i, "name": n, "color": c} for i, n, c in TRACKS],
             "sponsors": [{"id": i, "name": t(en, zh), "tier": tier, "banner": f"images/sponsors/{i}.png"}
                          for i, en, zh, tier in SPONSORS]}
    files = {
        "event.json": event,
        "sessions.json": {"format": 1, "sessions": sessions},
        "speakers.json": {"format": 1, "speakers": speakers},
        "exhibitors.json": {"format": 1, "sectors": [{"id": i, "name": n} for i, n in SECTORS], "exhibitors": exhibitors},
        "map.json": map_json,
        "announcements.json": {"format": 1, "announcements": make_announcements()},
    }
    for name, data in files.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(sessions)} sessions, {len(speakers)} speakers, {len(exhibitors)} exhibitors, "
          f"{len(map_json['booths'])} booths to {OUT}")

if __name__ == "__main__":
    main()
