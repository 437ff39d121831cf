"""The demo venues' wayfinding for map.json (docs/wayfinding.md): levels, room outlines, amenities
and a walking graph. Imported by make-demo-content.py, which owns the halls and booths.

Beijing has two floors: the exhibition halls on level 1, the conference centre on levels 1 and 2
joined by a lift, stairs and a pair of escalators (so step-free routes differ from the fastest).
Lhasa, Singapore and Barcelona are single-floor. Aisles run between booth rows; every booth is
attached to the aisle node in front of it. Map units are decimetres (metres_per_unit 0.1).
"""

def t(en, zh, es):
    return {"en": en, "zh": zh, "es": es}


class Graph:
    def __init__(self):
        self.nodes, self.edges, self.ids = [], [], set()

    def node(self, nid, level, x, y, name=None, kiosk=False):
        if nid not in self.ids:
            self.ids.add(nid)
            n = {"id": nid, "level": level, "position": [x, y]}
            if name:
                n["name"] = name
            if kiosk:
                n["kiosk"] = True
            self.nodes.append(n)
        return nid

    def edge(self, a, b, kind="corridor", **extra):
        e = {"from": a, "to": b, "kind": kind}
        e.update(extra)
        self.edges.append(e)


def booth_box(b):
    xs = [p[0] for p in b["outline"]]
    ys = [p[1] for p in b["outline"]]
    return min(xs), min(ys), max(xs), max(ys)


def hall_grid(g, prefix, level, booths, aisle_ys, aisle_xs, extra_stops=()):
    """Aisle nodes where a booth column meets the aisle it faces, cross aisles at aisle_xs;
    returns {booth id: node id} and the node at each (x, y) crossing."""
    stops = {y: set(aisle_xs) for y in aisle_ys}
    attach = {}
    for b in booths:
        x0, y0, x1, y1 = booth_box(b)
        cx = (x0 + x1) // 2
        ay = min(aisle_ys, key=lambda y: min(abs(y - y0), abs(y - y1)))
        stops[ay].add(cx)
        attach[b["id"]] = (cx, ay)
    for x, y in extra_stops:
        stops[y].add(x)
    at = {}
    for y in aisle_ys:
        row = sorted(stops[y])
        for x in row:
            at[(x, y)] = g.node(f"{prefix}-{x}-{y}", level, x, y)
        for a, b in zip(row, row[1:]):
            g.edge(at[(a, y)], at[(b, y)])
    for x in aisle_xs:
        for a, b in zip(aisle_ys, aisle_ys[1:]):
            g.edge(at[(x, a)], at[(x, b)])
    return {bid: at[p] for bid, p in attach.items()}, at


def beijing(g, booths):
    a = [b for b in booths if b["hall"] == "bj-hall-a"]
    b = [b for b in booths if b["hall"] == "bj-hall-b"]
    attach_a, at_a = hall_grid(g, "bj-a", "bj-1", a, [30, 255, 475, 685], [20, 610, 1180], [(600, 685)])
    attach_b, at_b = hall_grid(g, "bj-b", "bj-1", b, [790, 1015, 1235], [20, 610, 1180], [(40, 1235), (1100, 1235)])
    kiosk = g.node("bj-a-kiosk", "bj-1", 600, 660, kiosk=True)
    g.edge(kiosk, at_a[(600, 685)])
    # Halls A and B: two doors; the west one is named so turns there read "at Hall B entrance".
    hall_b_door = g.node("bj-b-door", "bj-1", 610, 730, name=t("Hall B entrance", "B 展厅入口", "Entrada del pabellón B"))
    g.edge(at_a[(610, 685)], hall_b_door, "door")
    g.edge(hall_b_door, at_b[(610, 790)], "door")
    g.edge(at_a[(1180, 685)], at_b[(1180, 790)], "door")
    # Conference centre, level 1: a corridor along its west wall, rooms to the east.
    conf_door = g.node("bj-conf-door", "bj-1", 1230, 255, name=t("Conference Centre entrance", "会议中心入口", "Entrada del centro de conferencias"))
    g.edge(at_a[(1180, 255)], conf_door, "door")
    c1 = {y: g.node(f"bj-c1-{y}", "bj-1", 1300, y) for y in (150, 255, 300, 420, 540, 710, 1015, 1060, 1180)}
    for ya, yb in zip(sorted(c1), sorted(c1)[1:]):
        g.edge(c1[ya], c1[yb])
    g.edge(conf_door, c1[255], "door")
    g.edge(at_b[(1180, 1015)], c1[1015], "door")
    rooms = [("bj-auditorium", "bj-1", [[1340, 40], [1700, 40], [1700, 520], [1340, 520]], c1[300]),
             ("bj-forum-1", "bj-1", [[1340, 560], [1700, 560], [1700, 860], [1340, 860]], c1[710]),
             ("bj-forum-2", "bj-1", [[1340, 900], [1700, 900], [1700, 1220], [1340, 1220]], c1[1060])]
    # Level 2: the same corridor, meeting rooms to the east.
    c2 = {y: g.node(f"bj-c2-{y}", "bj-2", 1300, y) for y in (150, 220, 420, 600, 950, 1180)}
    for ya, yb in zip(sorted(c2), sorted(c2)[1:]):
        g.edge(c2[ya], c2[yb])
    rooms += [("bj-room-301", "bj-2", [[1340, 40], [1700, 40], [1700, 400], [1340, 400]], c2[220]),
              ("bj-room-302", "bj-2", [[1340, 440], [1700, 440], [1700, 760], [1340, 760]], c2[600]),
              ("bj-room-305", "bj-2", [[1340, 800], [1700, 800], [1700, 1100], [1340, 1100]], c2[950])]
    room_doors = []
    for rid, level, outline, corridor in rooms:
        x, y = 1340, g.nodes[[n["id"] for n in g.nodes].index(corridor)]["position"][1]
        door = g.node(f"{rid}-door", level, x, y)
        g.edge(corridor, door, "door")
        room_doors.append({"id": rid, "level": level, "outline": outline, "node": door})
    # Between the floors: stairs at the north end, the lift mid-way, escalators at the south end.
    lobby = t("Lift lobby", "电梯厅", "Vestíbulo de ascensores")
    lift1 = g.node("bj-lift-1", "bj-1", 1270, 420, name=lobby)
    lift2 = g.node("bj-lift-2", "bj-2", 1270, 420, name=lobby)
    g.edge(c1[420], lift1)
    g.edge(c2[420], lift2)
    g.edge(lift1, lift2, "lift", id="bj-lift-1-2", lift="bj-lift")
    stairs = t("Stairs", "楼梯", "Escaleras")
    s1 = g.node("bj-stairs-1", "bj-1", 1270, 150, name=stairs)
    s2 = g.node("bj-stairs-2", "bj-2", 1270, 150, name=stairs)
    g.edge(c1[150], s1)
    g.edge(c2[150], s2)
    g.edge(s1, s2, "stairs", id="bj-stairs")
    g.edge(c1[1180], c2[1180], "escalator_up", id="bj-escalator-up")
    g.edge(c2[1180], c1[1180], "escalator_down", id="bj-escalator-down")
    # The plaza is outside, past the east door between the auditorium and Forum Hall 1.
    east = g.node("bj-conf-east-door", "bj-1", 1720, 540, name=t("East exit", "东出口", "Salida este"))
    g.edge(c1[540], east, "door")
    plaza = g.node("bj-plaza-gate", "bj-1", 1800, 600)
    g.edge(east, plaza, "outdoor")
    room_doors.append({"id": "bj-plaza", "level": "bj-1", "outline": [[1780, 300], [2100, 300], [2100, 900], [1780, 900]], "node": plaza})
    room_doors.append({"id": "bj-hall-a", "level": "bj-1", "outline": [[0, 0], [1200, 0], [1200, 700], [0, 700]], "node": at_a[(610, 475)]})
    amenities = [
        ("bj-exit-main", "exit", t("Main entrance", "主入口", "Entrada principal"), "bj-1", [600, 695], at_a[(600, 685)]),
        ("bj-exit-east", "exit", t("East exit", "东出口", "Salida este"), "bj-1", [1720, 540], east),
        ("bj-information", "information", t("Information desk", "服务台", "Información"), "bj-1", [620, 30], at_a[(610, 30)]),
        ("bj-restrooms-b", "restroom", t("Restrooms", "洗手间", "Aseos"), "bj-1", [40, 1230], at_b[(40, 1235)]),
        ("bj-restrooms-2", "restroom", t("Restrooms, level 2", "2 层洗手间", "Aseos, planta 2"), "bj-2", [1280, 760], c2[600]),
        ("bj-accessible-wc", "accessible_restroom", t("Accessible restroom", "无障碍洗手间", "Aseo accesible"), "bj-1", [1280, 470], c1[420]),
        ("bj-first-aid", "first_aid", t("First aid", "医务室", "Primeros auxilios"), "bj-1", [1230, 1150], at_b[(1180, 1235)]),
        ("bj-food-court", "food", t("Food court", "餐饮区", "Zona de comida"), "bj-1", [1100, 1230], at_b[(1100, 1235)]),
        ("bj-prayer-room", "prayer_room", t("Prayer room", "祈祷室", "Sala de oración"), "bj-2", [1280, 1000], c2[950]),
        ("bj-charging", "charging", t("Charging point", "充电站", "Punto de carga"), "bj-1", [20, 475], at_a[(20, 475)]),
    ]
    return attach_a | attach_b, room_doors, amenities


def single_floor(g, venue, hall, width, booths, room_ids, kiosk_xy):
    """A one-floor sub-venue: booths along two aisles, two rooms at the south wall, the entrance
    between them; kiosk_xy: where a configured kiosk stands (else the entrance is the kiosk node)."""
    level = f"{venue}-1"
    mine = [b for b in booths if b["hall"] == hall]
    left, right = 120, width - 120
    attach, at = hall_grid(g, venue, level, mine, [30, 255], [20, width // 2, width - 20], [(left, 255), (right, 255)])
    entrance = g.node(f"{venue}-entrance", level, width // 2, 390, kiosk=kiosk_xy is None,
                      name=t("Entrance", "入口", "Entrada"))
    g.edge(entrance, at[(width // 2, 255)], "door")
    if kiosk_xy:
        kiosk = g.node(f"{venue}-kiosk", level, kiosk_xy[0], kiosk_xy[1], kiosk=True)
        g.edge(kiosk, entrance)
    rooms = []
    for rid, x0, x1, cx in ((room_ids[0], 20, width // 2 - 40, left), (room_ids[1], width // 2 + 40, width - 20, right)):
        door = g.node(f"{rid}-door", level, cx, 280)
        g.edge(at[(cx, 255)], door, "door")
        rooms.append({"id": rid, "level": level, "outline": [[x0, 280], [x1, 280], [x1, 380], [x0, 380]], "node": door})
    amenities = [
        (f"{venue}-exit", "exit", t("Entrance", "入口", "Entrada"), level, [width // 2, 395], entrance),
        (f"{venue}-information", "information", t("Information desk", "服务台", "Información"), level, [width // 2, 30], at[(width // 2, 30)]),
        (f"{venue}-restrooms", "restroom", t("Restrooms", "洗手间", "Aseos"), level, [20, 30], at[(20, 30)]),
        (f"{venue}-accessible-wc", "accessible_restroom", t("Accessible restroom", "无障碍洗手间", "Aseo accesible"), level, [20, 250], at[(20, 255)]),
        (f"{venue}-first-aid", "first_aid", t("First aid", "医务室", "Primeros auxilios"), level, [width - 20, 250], at[(width - 20, 255)]),
    ]
    return attach, rooms, amenities


def add_wayfinding(map_json):
    """Adds levels, rooms, amenities, nodes and edges to map_json and attaches every booth."""
    g = Graph()
    booths = map_json["booths"]
    attach, rooms, amenities = beijing(g, booths)
    for venue, hall, width, room_ids, kiosk in (("lhasa", "lhasa-hall", 600, ("lhasa-hall", "lhasa-room-2"), None),
                                                ("sg", "sg-hall", 700, ("sg-theatre", "sg-room-b"), None),
                                                ("bcn", "bcn-hall", 700, ("bcn-auditori", "bcn-sala-2"), (350, 370))):
        a, r, m = single_floor(g, venue, hall, width, booths, room_ids, kiosk)
        attach |= a
        rooms += r
        amenities += m
    for b in booths:
        b["node"] = attach[b["id"]]
    for h in map_json["halls"]:
        if h["id"] == "bj-conf":
            h["levels"] = ["bj-1", "bj-2"]
    map_json["metres_per_unit"] = 0.1
    map_json["levels"] = [
        {"id": "bj-1", "venue": "bj", "floor": 0, "label": "1", "name": t("Level 1", "1 层", "Planta 1")},
        {"id": "bj-2", "venue": "bj", "floor": 1, "label": "2", "name": t("Level 2", "2 层", "Planta 2")},
        {"id": "lhasa-1", "venue": "lhasa", "floor": 0, "label": "1", "name": t("Level 1", "1 层", "Planta 1")},
        {"id": "sg-1", "venue": "sg", "floor": 0, "label": "1", "name": t("Level 1", "1 层", "Planta 1")},
        {"id": "bcn-1", "venue": "bcn", "floor": 0, "label": "0", "name": t("Ground floor", "首层", "Planta baja")},
    ]
    map_json["rooms"] = rooms
    map_json["amenities"] = [{"id": i, "kind": k, "name": n, "level": lv, "position": p, "node": node}
                             for i, k, n, lv, p, node in amenities]
    map_json["nodes"] = g.nodes
    map_json["edges"] = g.edges
