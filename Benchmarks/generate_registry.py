#!/usr/bin/env python3
"""Writes a clearly synthetic registry for the lint benchmark.

Every file starts with `# synthetic benchmark data`. The registry is meant to be valid, so that
lint has little to report and the benchmark measures reading and checking, not reporting:
MATTERS complete matter standards (materials, conditions, situations, time limits, fee, result,
process, with owned steps for 多地联办 and transfer for 代收代办), one region.yaml and one
implementation of every matter in each of REGIONS districts, two lists holding
every matter, and catalogs of the divisions, licences and material names used.

Division codes start with 99, which no real province has. The output is deterministic for a
given (matters, regions, seed).

Usage: generate_registry.py --out DIR [--matters 1000] [--regions 99] [--seed 1] [--coverage 1]
National scale (issue 15): --matters 200 --regions 3000 (603,206 files).

With --coverage below 1 each region leaves that share of matters unimplemented at random, so
`report` has overdue entries.
"""

import argparse
import os
import random
import shutil
import sys

HEADER = "# synthetic benchmark data\n"

CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

MATTER_TYPES = ["行政许可", "行政确认", "行政给付", "公共服务", "其他行政权力"]
DEPARTMENTS = ["合成人力资源部", "合成公安部", "合成市场监管局", "合成住房城乡建设部", "合成卫生健康委", "合成教育部", "合成民政部", "合成交通运输部"]
AUDIENCES = ["自然人", "企业法人", "事业法人", "社会组织法人"]
VERBS = ["登记", "备案", "核验", "申领", "变更", "注销", "补办", "转移接续", "提取", "认定"]
OBJECTS = ["合成证照", "合成资格", "合成关系", "合成档案", "合成许可", "合成证明", "合成待遇", "合成账户"]
FORMS = ["原件", "复印件", "原件和复印件", "原件或复印件"]
MEDIA = ["纸质", "电子", "纸质或电子"]
NECESSITY = ["必要", "必要", "必要", "非必要", "容缺后补"]
DELIVERY = ["邮寄", "窗口领取", "网上送达"]
SITUATIONS = ["首次办理", "变更办理", "补办", "延续办理"]


def credit_code(prefix17):
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(prefix17, CREDIT_WEIGHTS))
    return prefix17 + CREDIT_ALPHABET[(31 - total % 31) % 31]


def divisions(region_count):
    """The province, its cities and the districts, as (code, name, parent): 11 districts a city up
    to 1,089 districts (99 cities), more a city beyond that (31 for the national 3,000), so that
    every code stays a six-digit 99CCDD."""
    province = ("990000", "合成省", None)
    per_city = max(11, -(-region_count // 99))
    cities, districts = [], []
    for i in range(region_count):
        city_number = i // per_city + 1
        city_code = "99%02d00" % city_number
        if not cities or cities[-1][0] != city_code:
            cities.append((city_code, "合成%02d市" % city_number, province[0]))
        district_number = i % per_city + 1
        districts.append(("99%02d%02d" % (city_number, district_number), "合成%02d市%02d区" % (city_number, district_number), city_code))
    return province, cities, districts


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write(text)


def matter_text(index, rng, material_names, license_ids):
    kind = rng.choice(MATTER_TYPES)
    name = "合成事项%04d%s%s" % (index, rng.choice(OBJECTS), rng.choice(VERBS))
    online = rng.random() < 0.6
    modes = ["全程网办"] if online else rng.sample(["代收代办", "多地联办"], rng.randint(1, 2))
    situations = rng.sample(SITUATIONS, rng.randint(2, 3))
    statutory = rng.choice([15, 20, 30, 60])
    promised = rng.randint(1, min(statutory, 15))
    lines = [
        "name: %s" % name,
        'catalog_code: "%012d"' % (100000000000 + index),
        "type: %s" % kind,
        "department: %s" % rng.choice(DEPARTMENTS),
        "status: 在用",
        "basis:",
        "  - 《合成条例》第%d条" % rng.randint(1, 80),
        "  - 合成办发〔2020〕%d号" % rng.randint(1, 99),
        "modes: [%s]" % ", ".join(modes),
        "audience: [%s]" % ", ".join(rng.sample(AUDIENCES, rng.randint(1, 2))),
        "conditions:",
    ]
    for c in range(rng.randint(2, 4)):
        lines.append("  - 合成受理条件第%d款：申请人在本省参加合成保险满%d个月" % (c + 1, rng.randint(1, 36)))
    lines.append("situations:")
    lines += ["  - %s" % s for s in situations]
    lines.append("materials:")
    for m, material in enumerate(rng.sample(material_names, rng.randint(4, 8))):
        lines.append("  - name: %s" % material)
        lines.append("    form: %s" % rng.choice(FORMS))
        lines.append("    medium: %s" % rng.choice(MEDIA))
        lines.append("    copies: %d" % rng.randint(1, 2))
        lines.append("    required: %s" % rng.choice(NECESSITY))
        if rng.random() < 0.3:
            lines.append("    license: %s" % rng.choice(license_ids))
        if rng.random() < 0.3:
            lines.append("    situations: [%s]" % situations[m % len(situations)])
        if rng.random() < 0.4:
            lines.append("    note: 合成备注，验原件后退还，第%d项" % (m + 1))
    lines += [
        "time_limit:",
        "  statutory: %d个工作日" % statutory,
        "  promised: %d个工作日" % promised,
        "visits: %d" % (0 if online else 1),
    ]
    if rng.random() < 0.85:
        lines.append("fee: 不收费")
    else:
        lines += [
            "fee:",
            "  - item: 合成工本费",
            "    standard: 每证%d元" % rng.randint(5, 50),
            "    basis: 合成价费〔2019〕%d号" % rng.randint(1, 99),
        ]
    delivery = rng.sample(DELIVERY, rng.randint(1, 2))
    if "代收代办" in modes and delivery == ["窗口领取"]:
        delivery.append("邮寄")  # a 代收代办 result must be able to come back without a trip
    lines += [
        "result:",
        "  name: %s" % name.replace("事项", "结果"),
        "  type: %s" % rng.choice(["证照", "批文", "其他"]),
        "  delivery: [%s]" % ", ".join(delivery),
    ]
    if "多地联办" in modes:
        lines += [
            "process:",
            "  - {step: 申请受理, by: 受理地, applicant: 到场}",
            "  - {step: 审核, by: 业务属地}",
            "  - 决定",
            "  - 办结",
        ]
    else:
        lines.append("process: [申请, 受理, 审核, 决定, 办结]")
    if "代收代办" in modes:
        lines.append("transfer: [寄递, 系统转送]")
    lines += [
        "sources:",
        "  - 合成来源：合成政务服务网办事指南第%d页" % index,
    ]
    return "\n".join(lines) + "\n", promised


def implementation_text(matter_index, district, rng, promised):
    code, name, _ = district
    serial = "%09d" % (matter_index * 1000 + int(code[-2:]))
    local = max(1, promised - rng.randint(0, 2))
    lines = [
        "agency: %s行政审批服务局" % name,
        'agency_code: "%s"' % credit_code("11" + code + serial),
        'task_code: "%s%04d%s"' % (code, matter_index, "0" * 8),
        "windows:",
        "  - name: 通办专窗",
        "    address: %s合成路%d号政务服务中心一楼" % (name, rng.randint(1, 300)),
        "    hours: 周一至周五 9:00-17:00",
    ]
    if rng.random() < 0.3:
        lines += ["  - name: 综合受理窗口", "    address: %s合成大道%d号" % (name, rng.randint(1, 300))]
    lines += [
        "phone: 0%03d-%07d" % (int(code[2:4]) + 100, rng.randint(1000000, 9999999)),
        "complaint_phone: \"12345\"",
        "online_url: https://zwfw.example.gov.cn/%s/item/%04d" % (code, matter_index),
        "promised: %d个工作日" % local,
        "sources:",
        "  - 合成来源：%s实施清单" % name,
    ]
    return "\n".join(lines) + "\n"


def region_text(district):
    code, name, _ = district
    return "\n".join([
        "halls:",
        "  - name: %s合成政务服务中心" % name,
        "windows:",
        "  - name: 通办专窗",
        "    address: %s合成路1号政务服务中心一楼" % name,
        "    phone: 0%03d-6610001" % (int(code[2:4]) + 100),
        "assistance:",
        "  name: 帮办代办服务台",
        "sources:",
        "  - 合成来源：%s政务服务中心" % name,
    ]) + "\n"


def generate(out, matter_count, region_count, seed, coverage=1.0):
    rng = random.Random(seed)
    province, cities, districts = divisions(region_count)
    if os.path.exists(out):
        shutil.rmtree(out)
    for folder in ["lists", "matters", "catalog"] + ["regions/" + d[0] for d in districts]:
        os.makedirs(os.path.join(out, folder))

    write(os.path.join(out, "registry.yaml"), 'schema: 1\nname: 合成通办事项标准库\njurisdiction: "%s"\n' % province[0])

    text = ""
    for code, name, parent in [province] + cities + districts:
        text += '- code: "%s"\n  name: %s\n' % (code, name)
        if parent:
            text += '  parent: "%s"\n' % parent
    write(os.path.join(out, "catalog", "divisions.yaml"), text)

    license_ids = ["hecheng-zhengzhao-%03d" % i for i in range(1, 51)]
    write(os.path.join(out, "catalog", "licenses.yaml"), "".join(
        "- id: %s\n  name: 合成电子证照%03d\n  issuer: 合成发证机关\n" % (lid, i + 1) for i, lid in enumerate(license_ids)))

    material_names = ["合成材料%03d" % i for i in range(1, 81)]
    write(os.path.join(out, "catalog", "materials.yaml"), "".join(
        "- name: %s\n  synonyms: [合成别称%03d]\n" % (m, i + 1) for i, m in enumerate(material_names)))

    matter_ids = ["hecheng-shixiang-%04d" % i for i in range(1, matter_count + 1)]
    promised = {}
    for i, mid in enumerate(matter_ids, start=1):
        text, promised[mid] = matter_text(i, rng, material_names, license_ids)
        write(os.path.join(out, "matters", mid + ".yaml"), text)

    batches = [("2020", "2020-12-31"), ("2021", "2021-12-31"), ("other", None)]
    head = {
        "kuasheng": "name: 合成跨省通办\nscope: 全国\nbasis:\n  - 合成办发〔2020〕35号\n",
        "quansheng": "name: 合成全省通办\nscope: 全省\nbasis:\n  - 合成政办发〔2021〕4号\n",
    }
    for list_id, text in head.items():
        text += "batches:\n"
        for bid, due in batches:
            text += '  - id: "%s"\n' % bid + ("    due: %s\n" % due if due else "")
        text += "entries:\n"
        for i, mid in enumerate(matter_ids):
            text += '  - matter: %s\n    batch: "%s"\n' % (mid, batches[i % len(batches)][0])
        text += "sources:\n  - 合成来源：合成清单\n"
        write(os.path.join(out, "lists", list_id + ".yaml"), text)

    for district in districts:
        write(os.path.join(out, "regions", district[0], "region.yaml"), region_text(district))
    for i, mid in enumerate(matter_ids, start=1):
        for district in districts:
            # Below full coverage, a region has not implemented some matters yet (for `report`).
            if coverage < 1.0 and rng.random() >= coverage:
                continue
            write(os.path.join(out, "regions", district[0], mid + ".yaml"), implementation_text(i, district, rng, promised[mid]))

    return 1 + 3 + len(head) + matter_count + region_count + matter_count * region_count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, help="folder to write (replaced if it exists)")
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--regions", type=int, default=99)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--coverage", type=float, default=1.0, help="share of matters each region implements (default 1)")
    args = parser.parse_args()
    if not (1 <= args.matters <= 9999 and 1 <= args.regions <= 99 * 99 and 0 < args.coverage <= 1):
        sys.exit("generate_registry.py: --matters must be 1..9999, --regions 1..9801, --coverage in (0, 1]")
    files = generate(args.out, args.matters, args.regions, args.seed, args.coverage)
    print("wrote %d files to %s" % (files, args.out))


if __name__ == "__main__":
    main()
