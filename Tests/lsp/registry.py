"""A small synthetic registry for the language-server tests (every file says so)."""

import os

HEADER = "# synthetic test data\n"

FILES = {
    "registry.yaml": 'schema: 1\nname: 合成测试标准库\njurisdiction: "990000"\n',
    "catalog/divisions.yaml": '- code: "990000"\n  name: 合成省\n- code: "990100"\n  name: 合成市\n  parent: "990000"\n',
    "catalog/licenses.yaml": "- id: resident-id-card\n  name: 合成居民身份证\n  issuer: 合成公安部门\n",
    "matters/alpha.yaml": "name: 合成事项甲\nstatus: 草稿\nsources:\n  - 合成来源\n",
    "matters/beta.yaml": "name: 合成事项乙\nstatus: 草稿\nsources:\n  - 合成来源\n",
    "lists/tongban.yaml": (
        "name: 合成通办清单\nscope: 全国\nbasis:\n  - 合成文件\n"
        'batches:\n  - id: "2021"\n    name: 合成批次\n    due: 2021-12-31\n'
        'entries:\n  - matter: alpha\n    batch: "2021"\n  - matter: beta\n    batch: "2021"\n'
    ),
}


def write_registry(root):
    for path, text in FILES.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(HEADER + text)
