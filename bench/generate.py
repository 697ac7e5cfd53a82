"""A realistic province at any scale, written into a store directory for the benchmarks.

    .venv/bin/python bench/generate.py DIR --procedures 20000 --units 60 [--departments 20]
        [--role department|province]
        [--classified 0.8] [--take 1.0] [--websites 0.9] [--packages] [--seed 2026]

It is the demo (`demo/build.py`) grown: the same vocabulary, unit tree, catalogue builder
(`catalogue_drafts`, `_DemoBuilder`), clerks' answers (`random_classification`) and websites, with
more communes when more units are asked for and as many procedures as asked for. Bulk rows go in
as SQLAlchemy Core executemany (PITFALLS: a third faster than the ORM's bulk insert).

- `department`: the store of the demo's Sở Tư pháp, whose catalogue holds every procedure (the
  unit's table has `--procedures` rows); `--classified` of them carry the clerk's answer.
- `province`: the provincial office; each unit has classified the procedures of its sectors
  (departments) or the commune-level ones (communes), `--take` of them, written straight into the
  store (no package log, so the dashboard shows every unit late). With `--packages` the units' work arrives instead as real signed submission packages,
  made and imported the way `dvc-desktop demo` does it (`demo/province.py`): slower, but
  every unit then has a package log, reviews and a second package where the story has one.

As a module: `generate(directory, Scale(procedures=20_000, units=60))` returns a `Generated`.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select  # noqa: E402
from sqlalchemy.sql.dml import Insert  # noqa: E402

from dvc_desktop.domain.classification import Classification  # noqa: E402
from dvc_desktop.domain.rulesets import rule_set_in_force  # noqa: E402
from dvc_desktop.domain.units import UnitLevel, kind_of_level  # noqa: E402
from dvc_desktop.excel.units_reader import UnitRow  # noqa: E402
from dvc_desktop.domain.text import fold  # noqa: E402
from dvc_desktop.services.context import open_context  # noqa: E402
from dvc_desktop.demo.build import (  # noqa: E402
    MIN_PROCEDURES,
    _DemoBuilder,
    _identity,
    _vocabulary,
)
from dvc_desktop.services.settings import Role, put_deadline  # noqa: E402
from dvc_desktop.store import audit, models  # noqa: E402

# Commune names are made of two common syllables of Vietnamese place names ("UBND xã Tân Lập").
_FIRST = ("Tân", "Hòa", "An", "Phú", "Bình", "Thạnh", "Vĩnh", "Long", "Đông", "Tây", "Nam", "Bắc", "Hưng",
          "Phước", "Thuận", "Quảng", "Mỹ", "Xuân", "Hồng", "Minh", "Đại", "Trung", "Thái", "Cẩm")
_SECOND = ("Lập", "Bình", "Phú", "Hòa", "Lợi", "Thành", "Sơn", "Hải", "Lâm", "Tiến", "Phong", "Thịnh",
           "Khánh", "Lộc", "Yên", "Đức", "Hiệp", "Quang", "Điền", "Mỹ", "Châu", "Nghĩa", "Tường", "Hưng")
_KINDS = ("xã", "xã", "xã", "phường")


@dataclass(frozen=True)
class Scale:
    procedures: int = 20_000
    units: int = 60  # departments and communes that report to the province (the demo has 20)
    departments: int | None = None  # of the units, at most MAX_DEPARTMENTS (default: up to the demo's 12)
    role: str = "department"
    classified: float = 0.8  # share of a unit's rows that carry a form (the rest not yet, or just begun)
    take: float = 1.0  # province: share of its candidate procedures each unit has in its catalogue
    websites: float = 0.9  # province: share of units with a website registered
    packages: bool = False  # province: units' work as real signed packages (demo/province.py)
    seed: int = 2026


@dataclass(frozen=True)
class Generated:
    directory: str
    role: str
    unit: str
    units: int
    procedures: int
    classifications: int
    websites: int
    packages: int
    seconds: float


# Agencies a province has beside the demo's twelve, with a few sectors of their own each, so a
# generated province can have up to 20 departments (MAX_DEPARTMENTS) as real ones do.
_MORE_DEPARTMENTS = (
    ("000.00.30", "Ban Quản lý các khu công nghiệp tỉnh", "bqlkcn", "G09", (
        ("Lao động trong khu công nghiệp", ("cap:giấy phép lao động cho người nước ngoài làm việc tại khu công nghiệp",
                                            "x:Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
                                            "dk:nội quy lao động của doanh nghiệp trong khu công nghiệp")),
        ("Đầu tư vào khu công nghiệp", ("cap:Giấy chứng nhận đăng ký đầu tư trong khu công nghiệp",
                                        "tb:thay đổi nội dung dự án đầu tư trong khu công nghiệp")))),
    ("000.00.31", "Công an tỉnh", "congan", "G24", (
        ("Phòng cháy, chữa cháy", ("pd:thiết kế về phòng cháy và chữa cháy", "x:Nghiệm thu về phòng cháy và chữa cháy",
                                   "cap:Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ phòng cháy và chữa cháy")),
        ("Quản lý ngành nghề kinh doanh có điều kiện", ("cap:Giấy chứng nhận đủ điều kiện về an ninh, trật tự",
                                                        "cn:con dấu của cơ quan, tổ chức")))),
    ("000.00.32", "Sở Ngoại vụ", "sngv", "G08", (
        ("Lãnh sự", ("x:Cho phép tổ chức hội nghị, hội thảo quốc tế", "x:Xin phép sử dụng thẻ đi lại của doanh nhân APEC",
                     "x:Tiếp nhận đoàn công tác nước ngoài")),)),
    ("000.00.33", "Ban Quản lý Khu kinh tế tỉnh", "bqlkkt", "G09", (
        ("Quản lý khu kinh tế", ("cap:giấy phép xây dựng trong khu kinh tế", "pd:quy hoạch chi tiết xây dựng trong khu kinh tế",
                                 "tb:khởi công xây dựng công trình trong khu kinh tế")),)),
    ("000.00.34", "Bảo hiểm xã hội tỉnh", "bhxh", "G17", (
        ("Thu bảo hiểm xã hội", ("dk:tham gia bảo hiểm xã hội bắt buộc", "dk:tham gia bảo hiểm xã hội tự nguyện",
                                 "cap:lại sổ bảo hiểm xã hội")),
        ("Thực hiện chính sách bảo hiểm", ("x:Giải quyết hưởng chế độ ốm đau", "x:Giải quyết hưởng chế độ thai sản",
                                           "x:Giải quyết hưởng bảo hiểm xã hội một lần")))),
    ("000.00.35", "Thuế tỉnh", "thue", "G09", (
        ("Quản lý thuế", ("dk:thuế lần đầu đối với hộ kinh doanh", "x:Khai thuế giá trị gia tăng",
                          "x:Hoàn thuế giá trị gia tăng", "x:Gia hạn nộp thuế")),)),
    ("000.00.36", "Kho bạc Nhà nước khu vực", "khobac", "G09", (
        ("Kho bạc nhà nước", ("dk:mở và sử dụng tài khoản tại Kho bạc Nhà nước",
                              "x:Kiểm soát thanh toán vốn đầu tư công", "x:Cấp mã số đơn vị có quan hệ với ngân sách")),)),
    ("000.00.37", "Ngân hàng Nhà nước chi nhánh khu vực", "nhnn", "G11", (
        ("Hoạt động ngân hàng", ("cap:giấy phép hoạt động quỹ tín dụng nhân dân",
                                 "pd:thay đổi địa điểm đặt trụ sở quỹ tín dụng nhân dân",
                                 "x:Chấm dứt hoạt động phòng giao dịch của quỹ tín dụng nhân dân")),)),
)
MAX_DEPARTMENTS, MAX_COMMUNES = 20, 150


def scaled_vocabulary(units: int, seed: int = 2026, departments_wanted: int | None = None) -> dict:
    """The demo's vocabulary with `units` reporting units: `departments_wanted` departments (the
    demo's twelve first, then `_MORE_DEPARTMENTS`; by default about two thirds of the units, at most
    twelve), then the demo's communes, then generated ones with their own codes and short names."""
    vocab = _vocabulary()
    province = vocab["province"]["code"]
    vocab["departments"] += [
        {"code": f"{code}.{province}", "name": name, "short": short, "ministry": ministry,
         "sectors": [{"name": sector, "objects": list(objects)} for sector, objects in sectors]}
        for code, name, short, ministry, sectors in _MORE_DEPARTMENTS]
    departments, communes = vocab["departments"], vocab["communes"]
    if departments_wanted is None:
        keep_departments = min(12, max(1, units - min(len(communes), units // 3)))
    elif not 1 <= departments_wanted <= min(MAX_DEPARTMENTS, units):
        raise ValueError(f"1 to {min(MAX_DEPARTMENTS, units)} departments")
    else:
        keep_departments = departments_wanted
    if units - keep_departments > MAX_COMMUNES:
        raise ValueError(f"at most {MAX_COMMUNES} communes")
    vocab["departments"] = departments[:keep_departments]
    wanted = max(0, units - keep_departments)
    vocab["communes"] = communes[:wanted]
    rng = random.Random(f"communes {seed}")
    taken = {fold(c["name"]) for c in communes}
    pairs = [(a, b) for a in _FIRST for b in _SECOND if a != b]
    rng.shuffle(pairs)
    for first, second in pairs:
        if len(vocab["communes"]) >= wanted:
            break
        index = len(vocab["communes"]) - len(communes)
        kind = _KINDS[index % len(_KINDS)]
        name = f"UBND {kind} {first} {second}"
        if fold(name) in taken:
            continue
        taken.add(fold(name))
        short = fold(f"{kind} {first} {second}").replace(" ", "")
        # The demo's communes are 000.3x.3x; generated ones are 000.40.10 onwards.
        vocab["communes"].append({"code": f"000.{40 + index // 90:02d}.{10 + index % 90:02d}.{province}",
                                  "name": name, "short": short})
    if len(vocab["communes"]) < wanted:
        raise ValueError(f"at most {len(departments) + len(communes) + len(pairs)} units")
    return vocab


class _CoreSession:
    """The builder's session, with its bulk inserts of mapped classes run as Core executemany."""

    def __init__(self, session) -> None:  # type: ignore[no-untyped-def]
        self._session = session

    def execute(self, statement, params=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(params, list) and isinstance(statement, Insert) and statement.entity_description.get("entity"):
            statement = insert(statement.entity_description["table"])  # the plain Table: no ORM bulk path
        return self._session.execute(statement, params, *args, **kwargs)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._session, name)


class _ScaledBuilder(_DemoBuilder):
    """The demo's builder with the scale's answers: a department holds the whole catalogue, a
    province's units take `take` of their candidates, `classified` of the rows carry a form."""

    scale: Scale

    def _units_to_classify(self) -> dict[str, list[int]]:
        if self.identity.role != Role.PROVINCE:
            return {self.identity.unit_code: sorted(self.codes)}
        work = super()._units_to_classify()
        if self.scale.take < 1:
            work = {code: sorted(self.rng.sample(ids, round(len(ids) * self.scale.take)))
                    for code, ids in work.items()}
        return work

    def unit_rows(self) -> list[UnitRow]:
        """The scaled vocabulary's units (more communes than the demo's workbook lists), as the
        office's list would give them."""
        units = [(d, UnitLevel.PROVINCE) for d in self.vocab["departments"]]
        units += [(c, UnitLevel.COMMUNE) for c in self.vocab["communes"]]
        return [UnitRow(row, self._code(unit["code"]), unit["name"], level.value, kind_of_level(level).value)
                for row, (unit, level) in enumerate(units, start=2)]

    def _random_classification(self) -> Classification:
        # The demo's mix of states, conditioned on whether this row has a form yet.
        with_form = self.rng.random() < self.scale.classified
        while True:
            answer = super()._random_classification()
            if (answer.form is not None) == with_form:
                return answer


def generate(directory: Path, scale: Scale = Scale(), progress=print) -> Generated:  # type: ignore[no-untyped-def]
    """Fill an empty store in `directory` with a province at `scale`."""
    started = time.perf_counter()
    role = Role(scale.role)
    if scale.packages and role != Role.PROVINCE:
        raise ValueError("--packages builds a province store")
    vocab = scaled_vocabulary(scale.units, scale.seed, scale.departments)
    rng = random.Random(scale.seed)
    with open_context(Path(directory)) as context:
        today = context.today()
        rules = rule_set_in_force(today)
        with context.transaction() as session:
            if session.scalar(select(func.count()).select_from(models.Procedure)):
                raise ValueError(f"{directory} already holds a catalogue")
            identity = _identity(session, vocab, role)
            builder = _ScaledBuilder(_CoreSession(session), vocab, identity, rng, rules, today,  # type: ignore[arg-type]
                                     scale.procedures)
            builder.scale = scale
            builder.units()
            builder.catalogue()
            progress(f"  catalogue: {len(builder.codes)} procedures, {len(builder.unit_ids)} units "
                     f"({time.perf_counter() - started:.1f} s)")
            plan = None
            if role == Role.PROVINCE and scale.packages:
                from dvc_desktop.demo import province as demo_province

                plan = demo_province.plan(context, builder)
                builder.insert_websites(plan.own_websites)
                put_deadline(session, plan.deadline)
            else:
                builder.classifications()
                if role == Role.PROVINCE:
                    codes = [code for code in builder.unit_ids if code in builder.short_names]
                    codes = [code for code in codes if rng.random() < scale.websites]
                    builder.insert_websites(builder.website_specs(codes))
                    put_deadline(session, today - timedelta(days=5))
                else:
                    builder.websites()
                    put_deadline(session, today + timedelta(days=21))
        packages = 0
        if plan is not None:
            from dvc_desktop.demo import province as demo_province

            progress(f"  units make and send {len(plan.units)} packages…")
            packages = demo_province.receive(context, plan).packages
        with context.transaction() as session:
            count = lambda model: session.scalar(select(func.count()).select_from(model)) or 0  # noqa: E731
            result = Generated(str(directory), role.value, identity.unit_code,
                               count(models.Unit) - 2, count(models.Procedure), count(models.Classification),
                               count(models.Website), packages, round(time.perf_counter() - started, 2))
            audit.record(session, context.actor, "bench.generate", "store", identity.unit_code, **asdict(result))
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="an empty or new store directory")
    parser.add_argument("--procedures", type=int, default=20_000)
    parser.add_argument("--units", type=int, default=60, help="reporting units (departments and communes)")
    parser.add_argument("--departments", type=int,
                        help=f"of the units, how many are departments (at most {MAX_DEPARTMENTS}; the rest communes, "
                             f"at most {MAX_COMMUNES})")
    parser.add_argument("--role", choices=("department", "province"), default="department")
    parser.add_argument("--classified", type=float, default=Scale.classified, help="share of rows with a form")
    parser.add_argument("--take", type=float, default=Scale.take,
                        help="province: share of its candidate procedures each unit has taken")
    parser.add_argument("--websites", type=float, default=Scale.websites, help="province: share of units with a site")
    parser.add_argument("--packages", action="store_true",
                        help="province: units' work as real signed packages (slow)")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    scale = Scale(max(args.procedures, 1), args.units, args.departments, args.role, args.classified, args.take,
                  args.websites, args.packages, args.seed)
    if scale.procedures < MIN_PROCEDURES:
        print(f"note: the demo's vocabulary alone gives about {MIN_PROCEDURES} names; "
              f"asking for fewer keeps the base names")
    result = generate(args.directory, scale)
    print(" ".join(f"{key}={value}" for key, value in asdict(result).items()))


if __name__ == "__main__":
    main()
