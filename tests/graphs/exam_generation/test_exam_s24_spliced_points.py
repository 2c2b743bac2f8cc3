"""A scoring point is a whole clause of the material, never two spliced (session 24 designer
D17, m3 q12: 「开放期间，深水区（1.8米）须浅水区（1.2米）至少1名」). Own material: a library
makerspace's safety rules (zh).

The detector is not yet in validation: point_parts still writes such points (「会员卡遗失须补卡费为20元」
of test_stem_context's GYM), and refusing them there loses that test's only question; it goes in
once point_parts states each clause with its own frame.
"""

from __future__ import annotations

from graphs.exam_generation.spliced_points import spliced_clause

RULES = """# 图书馆创客空间安全管理规定

## 一、值守要求

（一）开放期间，激光切割区（A区）须至少有2名志愿者在岗，手工区（B区）至少1名；
（二）未完成安全培训的会员不得进入激光切割区；
（三）志愿者须在每晚21:30前完成设备断电检查。

## 二、工具借用

（一）会员每次最多借用3件手工工具，借期不超过7天；
（二）逾期归还的，每件每天收取2元逾期费；
（三）工具损坏的，由借用人按原价赔偿。
"""


def test_a_whole_clause_is_no_splice() -> None:
    assert spliced_clause("开放期间，激光切割区（A区）须手工区（B区）至少1名", RULES)
    assert spliced_clause("开放期间，激光切割区（A区）须至少有2名志愿者在岗", RULES) is None
    assert spliced_clause("工具损坏的，由借用人按原价赔偿", RULES) is None
