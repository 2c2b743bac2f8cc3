"""Trade materials for the exam flow's sharing and shortfall-note tests: a Chinese headingless
numbered procedure (cold-store receiving), an English Q:/A: FAQ (kayak hire), a Chinese sectioned
policy (pharmacy prescriptions), an English sectioned terms document (bike hire), the last also
with plain-text headings (no "#")."""

from __future__ import annotations

COLD_STORE_PROCEDURE = """冷库收货作业规程（仓储部员工适用）

1. 冷藏车到达后，由收货组长引导车辆停靠月台，并放下防撞挡板。
2. 收货员开门前须先核对随车温度记录，冷冻品车厢温度不得高于零下18摄氏度。
3. 收货员须逐一核对品名、批号、数量和封签编号，任何一项不符的，不得开始卸货，须立即通知仓库主管。
4. 开门后须在15分钟内完成卸货，卸货期间车厢门敞开不得超过20分钟。
5. 每托盘货物须抽检2箱，用探针测量中心温度，中心温度高于零下15摄氏度的整托拒收。
6. 叉车司机作业时，月台上其他人员须与叉车保持3米以上距离。
7. 堆码高度不得超过1.8米，货物与冷库墙面之间须留出10厘米通风间隙。
8. 冷冻品与冷藏品不得混放在同一库区，生鲜肉类须单独存放。
9. 进入零下库区的员工每次连续作业不得超过40分钟，之后须到缓冲间休息10分钟。
10. 卸货完成后，收货员须在30分钟内把收货单录入系统，收货单原件保存3年。
11. 仓库主管每周复核一次温度记录，发现异常须在24小时内上报质量经理。
"""

KAYAK_FAQ = """Harbour Kayak Hire – Customer FAQ

Q: How old must a paddler be?
A: Paddlers must be at least 16 to hire a single kayak. Children aged 8 to 15 may paddle only in a double kayak with an adult.

Q: Do I need to book?
A: Bookings open 30 days ahead. Groups of more than 6 must book at least 72 hours before the trip.

Q: What if I cancel?
A: Cancellations made 48 hours or more before the start are refunded in full. Later cancellations are charged 50% of the hire fee.

Q: What happens in bad weather?
A: The duty instructor decides whether trips go ahead. If wind is above 20 knots, no kayak may leave the beach.

Q: Is a buoyancy aid required?
A: Yes. Every paddler must wear a buoyancy aid at all times on the water.

Q: How long can I keep the kayak?
A: The standard hire is 2 hours. Late returns are charged $15 for each 30 minutes.

Q: Who checks the kayaks?
A: The hire assistant inspects every kayak before launch and logs any damage. Damage found on return is charged at repair cost.

Q: How far out can we go?
A: Paddlers must stay within 500 metres of the shore and inside the marked zone.

Q: Can I pay by card?
A: Yes. A deposit of $50 is taken on every card and released within 5 working days.

Q: Can staff give discounts?
A: Hire assistants may not offer discounts. Only the centre manager may approve a group discount of up to 15%.
"""

PHARMACY_POLICY = """# 药店处方药销售管理制度

## 一、适用范围
本制度适用于门店全体药学人员和收银员。

## 二、处方审核
顾客购买处方药须出示医生开具的处方，处方有效期为3天。
处方须由执业药师审核签字，营业员不得代为审核。
处方中的药品数量不得超过7日用量，慢性病患者不得超过30日用量。

## 三、调配与复核
调配完成后须由第二名药学人员复核，复核人不得与调配人为同一人。
每张处方调配时间不得超过10分钟。
调配错误的，当班药师须在2小时内向门店店长报告。

## 四、特殊药品
含麻黄碱类复方制剂每人每次限购2个最小包装。
购买含麻黄碱类药品的顾客须登记身份证号码，登记记录保存2年。
未满18周岁的顾客不得购买含麻黄碱类药品。

## 五、记录与检查
处方原件须保存5年，电子处方须保存3年。
门店店长每月抽查处方记录不少于20张。
质量负责人每季度组织一次处方审核培训。

## 六、奖惩
违反本制度的，第一次给予口头警告，第二次扣除当月绩效的20%。
"""

BIKE_TERMS = """# Summit Bike Rentals – Hire Terms

## Booking
Bikes can be booked up to 60 days ahead. A deposit of $40 is required for each bike.
Groups of 8 or more must book at least 5 days before the ride.

## Collection
Riders must collect their bikes by 10 a.m. or the booking may be released.
Every rider must show photo ID. Riders under 14 must be accompanied by an adult.

## Safety
Helmets must be worn at all times. E-bikes may not be ridden by anyone under 18.
The shop mechanic checks the brakes and tyres of every bike before it leaves the shop.

## Returns
Bikes must be returned by 6 p.m. Late returns are charged $12 per hour.
A bike returned more than 3 hours late is charged a full extra day.

## Damage
Riders are charged at cost for any damage beyond normal wear. Lost locks are charged $30.
Only the shop manager may waive a damage charge.

## Cancellations
Cancellations made 48 hours before collection are refunded in full. Later cancellations lose the deposit.
"""

BIKE_TERMS_PLAIN_HEADINGS = """Summit Bike Rentals – Hire Terms

Booking
Bikes can be booked up to 60 days ahead. A deposit of $40 is required for each bike.
Groups of 8 or more must book at least 5 days before the ride.

Collection
Riders must collect their bikes by 10 a.m. or the booking may be released.
Every rider must show photo ID. Riders under 14 must be accompanied by an adult.

Safety
Helmets must be worn at all times. E-bikes may not be ridden by anyone under 18.
The shop mechanic checks the brakes and tyres of every bike before it leaves the shop.

Returns
Bikes must be returned by 6 p.m. Late returns are charged $12 per hour.
A bike returned more than 3 hours late is charged a full extra day.

Damage
Riders are charged at cost for any damage beyond normal wear. Lost locks are charged $30.
Only the shop manager may waive a damage charge.

Cancellations
Cancellations made 48 hours before collection are refunded in full. Later cancellations lose the deposit.
"""

FULL_BLUEPRINT = {
    "single_choice": 4,
    "multiple_choice": 3,
    "true_false": 4,
    "fill_blank": 4,
    "short_answer": 2,
}
"""The reviewer's blueprint: 17 questions of all five types."""
