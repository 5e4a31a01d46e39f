"""Demo content for the "Bình dân học vụ số" portal of Yên Bái / Lào Cai province.

Plain data only: this module must stay importable without Django and uses the standard
library alone. Loader commands turn these records into Wagtail pages.

Notes for maintainers:

* National documents (Resolution 57-NQ/TW, Plan 01-KH/BCĐTW, Decision 757/QĐ-BKHCN,
  Circular 02/2025/TT-BGDĐT, Decision 06/QĐ-TTg) are cited with their real numbers and dates;
  their ``document_text`` is a short plain-language summary, not the official full text.
* Provincial documents, people, figures and events are invented for the demo but kept
  consistent: items dated before 01/07/2025 speak of "tỉnh Yên Bái" and its districts, later
  items speak of "tỉnh Lào Cai" and the communes/wards created on 01/07/2025.
* ``unit_codes`` are GSO codes taken from ``/work/shared/data/admin_units_yen_bai_2025-03.csv``
  (items before 01/07/2025) and ``admin_units_lao_cai_2025-07.csv`` (items from that date).
* Platform URLs are the official domains of real public services.
"""

from dataclasses import dataclass, field
from datetime import date

Block = tuple[str, object]
# block kinds: ("heading", str) ; ("paragraph", str)  -- paragraph is a small HTML fragment using
#              only <p>,<b>,<i>,<a href>, one <p> per block;
#              ("list", list[str]) ; ("steps", list[tuple[str, str]])  -- (step title, step
#              explanation) ; ("quote", tuple[str, str])  -- (quote, who said it)


@dataclass(frozen=True, slots=True)
class DemoArticle:
    section: str  # "policies" | "activities" | "practices" | "platforms"
    slug: str  # ascii lowercase words joined by "-", no diacritics, unique, <= 60 chars
    title: str
    summary: str  # 1-2 sentences, <= 260 chars
    body: list[Block]
    published_on: date
    author_unit: str  # e.g. "Sở Khoa học và Công nghệ", "UBND xã ...", "Báo Yên Bái"
    tags: list[str]  # 2-4 short Vietnamese tags, shared across articles
    image_theme: str  # classroom|phone|meeting|village|office|market|security|school|farm|elderly
    image_alt: str  # Vietnamese alt text describing the illustration
    unit_codes: list[str] = field(default_factory=list)  # GSO codes, required for "activities"
    # policies only:
    document_number: str = ""
    document_type: str = ""  # "Kế hoạch", "Quyết định", "Chỉ thị", "Thông tư", "Nghị quyết", ...
    issuing_body: str = ""
    issued_on: date | None = None
    document_text: list[str] = field(default_factory=list)  # 4-8 paragraphs of the document
    # platforms only (a directory entry of a real Vietnamese public digital platform/service):
    platform_name: str = ""
    platform_url: str = ""  # the real official https URL
    audience: str = ""  # who it serves, plain words
    category: str = ""  # "Dịch vụ công", "Định danh điện tử", "Y tế", "Giáo dục", ...


def _h(text: str) -> Block:
    """A section heading inside an article body."""
    return ("heading", text)


def _p(html: str) -> Block:
    """One paragraph; ``html`` may contain <b>, <i> and <a href> only."""
    return ("paragraph", f"<p>{html}</p>")


def _list(*items: str) -> Block:
    """A bulleted list of short plain-text items."""
    return ("list", list(items))


def _steps(*steps: tuple[str, str]) -> Block:
    """Numbered how-to steps as (title, explanation) pairs."""
    return ("steps", list(steps))


def _quote(text: str, who: str) -> Block:
    """A pull quote and the person (with role) who said it."""
    return ("quote", (text, who))


# Shared tags, reused across articles so that "related articles" can be computed.
TAG_DOCS = "Văn bản chỉ đạo"
TAG_SKILLS = "Kỹ năng số"
TAG_VNEID = "VNeID"
TAG_PUBLIC_SERVICES = "Dịch vụ công trực tuyến"
TAG_SCAM = "Phòng chống lừa đảo"
TAG_ETHNIC = "Đồng bào dân tộc thiểu số"
TAG_COMMUNITY_TEAM = "Tổ công nghệ số cộng đồng"
TAG_STUDENTS = "Học sinh, sinh viên"
TAG_OFFICIALS = "Cán bộ, công chức"
TAG_ECOMMERCE = "Thương mại điện tử"
TAG_CASHLESS = "Thanh toán không dùng tiền mặt"
TAG_COMPETENCE = "Năng lực số"
TAG_ELDERLY = "Người cao tuổi"
TAG_HEALTH = "Y tế số"
TAG_WORKERS = "Hợp tác xã, doanh nghiệp"


# ---------------------------------------------------------------------------------------------
# Chủ trương, chính sách
# ---------------------------------------------------------------------------------------------

_POLICIES: list[DemoArticle] = [
    DemoArticle(
        section="policies",
        slug="nghi-quyet-57-nq-tw-nen-tang-cua-phong-trao",
        title="Nghị quyết 57-NQ/TW: nền tảng của phong trào “Bình dân học vụ số”",
        summary=(
            "Nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng "
            "tạo và chuyển đổi số quốc gia đặt người dân vào trung tâm; phổ cập kỹ năng số cho mọi "
            "người là bước đi đầu tiên."
        ),
        body=[
            _p(
                "Ngày 22/12/2024, Bộ Chính trị ban hành <b>Nghị quyết số 57-NQ/TW</b> về đột phá "
                "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Nghị "
                "quyết xác định đây là đột phá quan trọng hàng đầu, là động lực chính để phát "
                "triển nhanh lực lượng sản xuất hiện đại và đổi mới phương thức quản trị quốc gia "
                "trong giai đoạn tới."
            ),
            _h("Vì sao mỗi người dân cần quan tâm?"),
            _p(
                "Chuyển đổi số không chỉ là việc của cơ quan nhà nước hay doanh nghiệp lớn. Khi "
                "thủ tục hành chính được làm trên điện thoại, khi tiền bán nông sản được chuyển "
                "qua tài khoản, khi con em học bài trên mạng, thì người dân nào biết dùng công "
                "nghệ sẽ đỡ tốn thời gian, tiền bạc và ít bị thiệt thòi. Nghị quyết coi người dân "
                "và doanh nghiệp là trung tâm của quá trình này; vì vậy, trang bị kiến thức số, kỹ "
                "năng số cho toàn dân là việc phải làm trước."
            ),
            _p(
                "Tiếp nối tinh thần đó, phong trào <b>“Bình dân học vụ số”</b> được phát động trên "
                "cả nước. Tên gọi gợi nhớ phong trào Bình dân học vụ xóa nạn mù chữ do Chủ tịch Hồ "
                "Chí Minh khởi xướng từ năm 1945: ngày ấy, người biết chữ dạy người chưa biết chữ; "
                "hôm nay, người biết dùng công nghệ giúp người chưa biết."
            ),
            _h("Tỉnh Yên Bái cụ thể hóa như thế nào?"),
            _list(
                "Cán bộ, công chức thành thạo xử lý văn bản, ký số và giải quyết hồ sơ trên môi "
                "trường mạng.",
                (
                    "Người dân biết dùng tài khoản định danh điện tử, nộp hồ sơ trực tuyến, thanh "
                    "toán không dùng tiền mặt."
                ),
                (
                    "Học sinh, sinh viên học tập và giao tiếp an toàn, có trách nhiệm trên không "
                    "gian mạng."
                ),
                (
                    "Hợp tác xã, doanh nghiệp đưa sản phẩm chè, quế, măng, gạo đặc sản lên sàn "
                    "thương mại điện tử."
                ),
            ),
            _quote(
                "Nghị quyết 57 rất lớn, nhưng với bà con vùng cao, việc bắt đầu lại rất nhỏ: một "
                "chiếc điện thoại được cài đúng ứng dụng, một người con trong nhà biết hướng dẫn "
                "bố mẹ. Chúng tôi sẽ đi từ những việc nhỏ ấy.",
                (
                    "Bà Hoàng Thị Thu Hà, Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ "
                    "tỉnh Yên Bái"
                ),
            ),
            _p(
                "Trong quý II/2025, Ủy ban nhân dân tỉnh sẽ ban hành kế hoạch triển khai phong "
                "trào với chỉ tiêu cụ thể cho từng nhóm đối tượng. Bạn đọc có thể theo dõi các văn "
                "bản tiếp theo trong chuyên mục <b>Chủ trương, chính sách</b> của Cổng thông tin."
            ),
        ],
        published_on=date(2025, 4, 3),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_DOCS, TAG_SKILLS],
        image_theme="meeting",
        image_alt=(
            "Minh hoạ: hội nghị quán triệt nghị quyết, đại biểu theo dõi màn hình trình chiếu"
        ),
        document_number="57-NQ/TW",
        document_type="Nghị quyết",
        issuing_body="Bộ Chính trị",
        issued_on=date(2024, 12, 22),
        document_text=[
            (
                "BAN CHẤP HÀNH TRUNG ƯƠNG — BỘ CHÍNH TRỊ. Số 57-NQ/TW. Hà Nội, ngày 22 tháng 12 "
                "năm 2024. NGHỊ QUYẾT về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo "
                "và chuyển đổi số quốc gia. (Bản tóm tắt nội dung chính phục vụ tuyên truyền; toàn "
                "văn được đăng trên các trang thông tin chính thống của Đảng và Nhà nước.)"
            ),
            (
                "Quan điểm chỉ đạo: phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
                "số là đột phá quan trọng hàng đầu, là động lực chính để phát triển nhanh lực "
                "lượng sản xuất hiện đại, hoàn thiện quan hệ sản xuất, đổi mới phương thức quản "
                "trị quốc gia, phát triển kinh tế - xã hội. Người dân và doanh nghiệp là trung "
                "tâm, là chủ thể của quá trình này."
            ),
            (
                "Mục tiêu đến năm 2030 gồm nhiều chỉ tiêu lớn, trong đó quy mô kinh tế số đạt tối "
                "thiểu 30% GDP và tỷ lệ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến "
                "đạt trên 80%. Tầm nhìn đến năm 2045, khoa học, công nghệ, đổi mới sáng tạo và "
                "chuyển đổi số phát triển vững chắc, góp phần đưa Việt Nam trở thành nước phát "
                "triển, thu nhập cao."
            ),
            (
                "Nhiệm vụ, giải pháp chủ yếu: nâng cao nhận thức, đột phá về đổi mới tư duy, quyết "
                "tâm chính trị; hoàn thiện thể chế; tăng cường đầu tư, hoàn thiện hạ tầng; phát "
                "triển nguồn nhân lực chất lượng cao; đẩy mạnh chuyển đổi số trong hoạt động của "
                "cơ quan thuộc hệ thống chính trị; thúc đẩy hoạt động khoa học, công nghệ, đổi mới "
                "sáng tạo và chuyển đổi số trong doanh nghiệp; tăng cường hợp tác quốc tế."
            ),
            (
                "Tổ chức thực hiện: thành lập Ban Chỉ đạo Trung ương về phát triển khoa học, công "
                "nghệ, đổi mới sáng tạo và chuyển đổi số do Tổng Bí thư làm Trưởng ban; các cấp "
                "ủy, tổ chức đảng quán triệt, xây dựng chương trình hành động và phân công rõ "
                "người, rõ việc, rõ thời gian, rõ kết quả."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="ke-hoach-01-kh-bcdtw-trien-khai-phong-trao",
        title="Kế hoạch 01-KH/BCĐTW: phổ cập kỹ năng số cho toàn dân",
        summary=(
            "Ban Chỉ đạo Trung ương ban hành kế hoạch triển khai phong trào “Bình dân học vụ số”, "
            "yêu cầu mọi cấp, mọi ngành vào cuộc để không ai bị bỏ lại phía sau trong chuyển đổi "
            "số."
        ),
        body=[
            _p(
                "Ngày 21/03/2025, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi "
                "mới sáng tạo và chuyển đổi số ban hành <b>Kế hoạch số 01-KH/BCĐTW</b> triển khai "
                "phong trào “Bình dân học vụ số”. Đây là văn bản gốc để các bộ, ngành, địa phương "
                "xây dựng kế hoạch của mình."
            ),
            _h("Phong trào hướng tới ai?"),
            _p(
                "Kế hoạch hướng tới toàn dân, nhưng tập trung vào bốn nhóm: cán bộ, công chức, "
                "viên chức và người lao động trong cơ quan nhà nước; học sinh, sinh viên; người "
                "dân trong độ tuổi trưởng thành; người lao động trong doanh nghiệp, hợp tác xã. "
                "Mỗi nhóm có nhu cầu khác nhau nên nội dung học cũng khác nhau: người dân cần biết "
                "làm thủ tục trực tuyến và tránh bị lừa đảo, còn cán bộ cần thành thạo xử lý công "
                "việc trên môi trường số."
            ),
            _h("Học ở đâu, học như thế nào?"),
            _list(
                "Học trực tuyến miễn phí trên nền tảng “Bình dân học vụ số” tại "
                "binhdanhocvuso.gov.vn, học lúc nào cũng được, trên điện thoại hay máy tính.",
                (
                    "Học trực tiếp tại nhà văn hóa thôn, trường học, trụ sở xã với sự hướng dẫn "
                    "của tổ công nghệ số cộng đồng, đoàn viên thanh niên, giáo viên."
                ),
                (
                    "Học lẫn nhau trong gia đình: con cháu hướng dẫn ông bà, cha mẹ; người đi "
                    "trước giúp người đi sau."
                ),
            ),
            _p(
                "Kế hoạch đề cao vai trò của cả hệ thống chính trị: cấp ủy, chính quyền chỉ đạo; "
                "Mặt trận Tổ quốc và các đoàn thể vận động hội viên; cơ quan báo chí tuyên truyền "
                "gương tốt, cách làm hay. Kết quả học tập được đánh giá theo khung kiến thức, kỹ "
                "năng số cơ bản do Bộ Khoa học và Công nghệ ban hành."
            ),
            _quote(
                "Ngày xưa ông cha ta đi học chữ buổi tối bên ngọn đèn dầu. Bây giờ mình học cách "
                "dùng điện thoại cho đúng, cho an toàn. Tinh thần vẫn vậy: ai biết thì dạy, ai "
                "chưa biết thì học.",
                (
                    "Ông Lê Văn Thành, cựu giáo viên, thành viên tổ công nghệ số cộng đồng ở Thành "
                    "phố Yên Bái"
                ),
            ),
            _p(
                "Căn cứ kế hoạch này, Ủy ban nhân dân tỉnh Yên Bái đang giao Sở Khoa học và Công "
                "nghệ chủ trì xây dựng kế hoạch của tỉnh, dự kiến ban hành trong tháng 4/2025 và "
                "tổ chức lễ phát động ngay sau đó."
            ),
        ],
        published_on=date(2025, 3, 27),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_DOCS, TAG_SKILLS, TAG_COMMUNITY_TEAM],
        image_theme="meeting",
        image_alt="Minh hoạ: văn bản kế hoạch đặt trên bàn họp, bên cạnh là máy tính bảng",
        document_number="01-KH/BCĐTW",
        document_type="Kế hoạch",
        issuing_body=(
            "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
            "đổi số"
        ),
        issued_on=date(2025, 3, 21),
        document_text=[
            (
                "BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ "
                "CHUYỂN ĐỔI SỐ. Số 01-KH/BCĐTW. Hà Nội, ngày 21 tháng 3 năm 2025. KẾ HOẠCH triển "
                "khai phong trào “Bình dân học vụ số”. (Bản tóm tắt nội dung chính phục vụ tuyên "
                "truyền.)"
            ),
            (
                "Mục đích: phổ cập kiến thức số, kỹ năng số cơ bản cho toàn dân, góp phần thực "
                "hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị; tạo phong trào học tập rộng khắp để "
                "mọi người dân đều có thể tiếp cận, sử dụng dịch vụ số một cách an toàn, hiệu quả; "
                "không để ai bị bỏ lại phía sau."
            ),
            (
                "Đối tượng: cán bộ, công chức, viên chức, người lao động trong cơ quan của hệ "
                "thống chính trị; học sinh, sinh viên; người dân; người lao động trong doanh "
                "nghiệp, hợp tác xã."
            ),
            (
                "Nhiệm vụ chủ yếu: tuyên truyền, nâng cao nhận thức; xây dựng nội dung học tập và "
                "nền tảng học trực tuyến mở đại trà; tổ chức các hình thức học tập trực tiếp và "
                "trực tuyến phù hợp với từng nhóm đối tượng, từng địa bàn; huy động lực lượng hỗ "
                "trợ tại cơ sở; đánh giá, công nhận kết quả học tập."
            ),
            (
                "Tổ chức thực hiện: các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các "
                "đoàn thể xây dựng kế hoạch cụ thể, phân công trách nhiệm rõ ràng, định kỳ sơ kết, "
                "báo cáo kết quả về Ban Chỉ đạo Trung ương."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="thong-tu-02-2025-khung-nang-luc-so-nguoi-hoc",
        title="Thông tư 02/2025/TT-BGDĐT: khung năng lực số cho người học",
        summary=(
            "Từ ngày 11/03/2025, khung năng lực số của Bộ Giáo dục và Đào tạo có hiệu lực, làm căn "
            "cứ để nhà trường dạy và đánh giá kỹ năng số của học sinh, sinh viên."
        ),
        body=[
            _p(
                "Bộ Giáo dục và Đào tạo đã ban hành <b>Thông tư số 02/2025/TT-BGDĐT</b> quy định "
                "khung năng lực số dành cho người học, có hiệu lực từ ngày 11/03/2025. Lần đầu "
                "tiên, “năng lực số” của học sinh, sinh viên được mô tả thành từng phần cụ thể, có "
                "cấp độ rõ ràng để thầy cô dạy và đánh giá."
            ),
            _h("Sáu miền năng lực"),
            _list(
                "Khai thác dữ liệu và thông tin: biết tìm kiếm, đánh giá, sắp xếp thông tin trên "
                "mạng.",
                (
                    "Giao tiếp và hợp tác trong môi trường số: ứng xử đúng mực, chia sẻ có trách "
                    "nhiệm, quản lý danh tính số."
                ),
                (
                    "Sáng tạo nội dung số: làm bài trình chiếu, video, tôn trọng bản quyền, làm "
                    "quen với lập trình."
                ),
                "An toàn: bảo vệ thiết bị, dữ liệu cá nhân, sức khỏe và môi trường.",
                (
                    "Giải quyết vấn đề: tự xử lý sự cố kỹ thuật đơn giản, chọn đúng công cụ cho "
                    "đúng việc."
                ),
                (
                    "Ứng dụng trí tuệ nhân tạo: hiểu, sử dụng và biết đánh giá kết quả do trí tuệ "
                    "nhân tạo tạo ra."
                ),
            ),
            _p(
                "Sáu miền này gồm 24 năng lực thành phần, được chia thành bốn cấp độ (cơ bản, "
                "trung cấp, nâng cao, chuyên sâu) với tám bậc. Học sinh tiểu học hướng tới bậc cơ "
                "bản, học sinh trung học cơ sở hướng tới bậc trung cấp, học sinh trung học phổ "
                "thông hướng tới bậc nâng cao."
            ),
            _h("Nhà trường ở Yên Bái chuẩn bị gì?"),
            _p(
                "Sở Giáo dục và Đào tạo đã hướng dẫn các trường lồng ghép nội dung năng lực số vào "
                "môn Tin học, hoạt động trải nghiệm và sinh hoạt dưới cờ ngay từ học kỳ II năm học "
                "2024–2025. Các trường phổ thông dân tộc bán trú, nội trú được ưu tiên bổ sung máy "
                "tính và tập huấn giáo viên trong dịp hè."
            ),
            _quote(
                "Các em ở bản đã biết dùng điện thoại từ sớm, nhưng biết dùng an toàn thì chưa. "
                "Khung năng lực giúp thầy cô biết phải dạy gì trước, dạy gì sau.",
                "Thầy Lò Văn Thắng, giáo viên Tin học một trường bán trú ở huyện Văn Chấn",
            ),
            _p(
                "Phụ huynh có thể cùng con tìm hiểu khung năng lực: hỏi con đã biết đặt mật khẩu "
                "mạnh chưa, có biết kiểm tra một tin tức trước khi chia sẻ không. Đó là những bài "
                "học nhỏ nhưng theo các em suốt đời."
            ),
        ],
        published_on=date(2025, 3, 14),
        author_unit="Sở Giáo dục và Đào tạo",
        tags=[TAG_DOCS, TAG_COMPETENCE, TAG_STUDENTS],
        image_theme="school",
        image_alt="Minh hoạ: học sinh trung học thực hành trên máy tính trong phòng tin học",
        document_number="02/2025/TT-BGDĐT",
        document_type="Thông tư",
        issuing_body="Bộ Giáo dục và Đào tạo",
        issued_on=date(2025, 1, 24),
        document_text=[
            (
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO. Số 02/2025/TT-BGDĐT. Hà Nội, ngày 24 tháng 01 năm 2025. "
                "THÔNG TƯ quy định Khung năng lực số cho người học. (Bản tóm tắt nội dung chính "
                "phục vụ tuyên truyền.)"
            ),
            (
                "Phạm vi điều chỉnh và đối tượng áp dụng: Thông tư quy định khung năng lực số cho "
                "người học, áp dụng đối với các cơ sở giáo dục và người học trong hệ thống giáo "
                "dục quốc dân. Thông tư có hiệu lực từ ngày 11 tháng 3 năm 2025."
            ),
            (
                "Cấu trúc khung: gồm 6 miền năng lực (khai thác dữ liệu và thông tin; giao tiếp và "
                "hợp tác trong môi trường số; sáng tạo nội dung số; an toàn; giải quyết vấn đề; "
                "ứng dụng trí tuệ nhân tạo) với 24 năng lực thành phần."
            ),
            (
                "Mức độ: khung có 4 cấp độ là cơ bản, trung cấp, nâng cao và chuyên sâu; mỗi cấp "
                "độ gồm 2 bậc, tổng cộng 8 bậc, mô tả yêu cầu cần đạt tăng dần theo cấp học."
            ),
            (
                "Tổ chức thực hiện: các cơ sở giáo dục căn cứ khung năng lực số để xây dựng kế "
                "hoạch giáo dục, lựa chọn nội dung, phương pháp dạy học và đánh giá năng lực số "
                "của người học phù hợp với điều kiện thực tế."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="ke-hoach-ubnd-tinh-yen-bai-binh-dan-hoc-vu-so-2025",
        title="Yên Bái ban hành kế hoạch triển khai phong trào “Bình dân học vụ số”",
        summary=(
            "Kế hoạch của Ủy ban nhân dân tỉnh Yên Bái đặt chỉ tiêu năm 2025 cho bốn nhóm đối "
            "tượng và phấn đấu đến hết năm 2026 đạt 100%; mỗi thôn, tổ dân phố đều có người hướng "
            "dẫn kỹ năng số."
        ),
        body=[
            _p(
                "Ủy ban nhân dân tỉnh Yên Bái vừa ban hành <b>Kế hoạch số 86/KH-UBND</b> ngày "
                "10/04/2025 triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh. Kế hoạch "
                "cụ thể hóa Kế hoạch số 01-KH/BCĐTW của Ban Chỉ đạo Trung ương, phù hợp với đặc "
                "điểm một tỉnh miền núi có 30 dân tộc cùng sinh sống."
            ),
            _h("Chỉ tiêu năm 2025"),
            _list(
                "80% cán bộ, công chức, viên chức, người lao động trong cơ quan nhà nước có kỹ "
                "năng số cơ bản.",
                (
                    "100% học sinh trung học phổ thông, sinh viên được trang bị kỹ năng để học "
                    "tập, tương tác an toàn trên môi trường số."
                ),
                "80% người dân trưởng thành biết sử dụng các dịch vụ số thiết yếu.",
                (
                    "80% người lao động trong doanh nghiệp, hợp tác xã biết ứng dụng công nghệ vào "
                    "công việc."
                ),
            ),
            _p(
                "Đến hết năm 2026, tỉnh phấn đấu <b>100%</b> người trong cả bốn nhóm đạt yêu cầu. "
                "Với khoảng 847 nghìn dân, trong đó hơn 230 nghìn học sinh, sinh viên, đây là khối "
                "lượng công việc rất lớn, đòi hỏi sự vào cuộc của từng thôn, từng gia đình."
            ),
            _h("Những việc làm ngay"),
            _list(
                "Kiện toàn tổ công nghệ số cộng đồng ở tất cả thôn, bản, tổ dân phố; bổ sung đoàn "
                "viên thanh niên, giáo viên, người có uy tín.",
                (
                    "Mỗi huyện, thị xã, thành phố tổ chức ít nhất một lớp tập huấn cho cán bộ cấp "
                    "xã trước tháng 6/2025."
                ),
                (
                    "Biên soạn tài liệu hướng dẫn bằng hình ảnh, có bản tiếng Mông và tiếng Dao "
                    "cho các xã vùng cao."
                ),
                "Mỗi tháng báo cáo năm chỉ tiêu về Sở Khoa học và Công nghệ để tổng hợp.",
            ),
            _quote(
                "Chỉ tiêu đặt ra là để phấn đấu, nhưng điều chúng tôi mong nhất là người dân thấy "
                "việc học có ích: đỡ một lần đi lại lên huyện, đỡ một lần bị kẻ gian lừa.",
                (
                    "Bà Hoàng Thị Thu Hà, Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ "
                    "tỉnh Yên Bái"
                ),
            ),
            _p(
                "Lễ phát động phong trào cấp tỉnh sẽ được tổ chức trong tháng 4/2025, kết nối trực "
                "tuyến tới các huyện, thị xã, thành phố và các xã, phường, thị trấn."
            ),
        ],
        published_on=date(2025, 4, 14),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_DOCS, TAG_SKILLS, TAG_COMMUNITY_TEAM],
        image_theme="meeting",
        image_alt="Minh hoạ: cuộc họp triển khai kế hoạch tại hội trường cơ quan tỉnh",
        document_number="86/KH-UBND",
        document_type="Kế hoạch",
        issuing_body="Ủy ban nhân dân tỉnh Yên Bái",
        issued_on=date(2025, 4, 10),
        document_text=[
            (
                "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI. Số 86/KH-UBND. Yên Bái, ngày 10 tháng 4 năm 2025. "
                "KẾ HOẠCH triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh Yên Bái. "
                "(Văn bản minh hoạ cho Cổng thông tin thử nghiệm.)"
            ),
            (
                "I. Mục đích, yêu cầu: triển khai đồng bộ, hiệu quả Kế hoạch số 01-KH/BCĐTW ngày "
                "21/3/2025 của Ban Chỉ đạo Trung ương; phổ cập kiến thức số, kỹ năng số cơ bản cho "
                "cán bộ, công chức, viên chức, học sinh, sinh viên, người dân và người lao động; "
                "chú trọng vùng đồng bào dân tộc thiểu số, người cao tuổi, người khuyết tật."
            ),
            (
                "II. Chỉ tiêu: năm 2025, 80% cán bộ, công chức, viên chức, người lao động trong cơ "
                "quan nhà nước có kỹ năng số cơ bản; 100% học sinh trung học phổ thông, sinh viên "
                "được trang bị kỹ năng học tập, tương tác an toàn trên môi trường số; 80% người "
                "trưởng thành sử dụng được các dịch vụ số thiết yếu; 80% người lao động trong "
                "doanh nghiệp, hợp tác xã ứng dụng được công nghệ trong công việc. Đến hết năm "
                "2026, các chỉ tiêu trên đạt 100%."
            ),
            (
                "III. Nhiệm vụ: (1) tuyên truyền, phát động phong trào; (2) kiện toàn, nâng cao "
                "năng lực tổ công nghệ số cộng đồng; (3) tổ chức học tập trực tiếp và trực tuyến "
                "trên nền tảng “Bình dân học vụ số”; (4) biên soạn tài liệu phù hợp đồng bào dân "
                "tộc thiểu số; (5) đánh giá, xác nhận kết quả theo khung của Bộ Khoa học và Công "
                "nghệ."
            ),
            (
                "IV. Tổ chức thực hiện: Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, "
                "tổng hợp; Sở Giáo dục và Đào tạo chủ trì nhóm học sinh, sinh viên; Sở Nội vụ chủ "
                "trì nhóm cán bộ, công chức, viên chức; Liên minh Hợp tác xã tỉnh và các hiệp hội "
                "phối hợp với nhóm người lao động; Công an tỉnh hướng dẫn tài khoản định danh điện "
                "tử; Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo cấp xã tổ chức thực "
                "hiện, báo cáo định kỳ hằng tháng."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="quyet-dinh-757-qd-bkhcn-khung-ky-nang-so-co-ban",
        title="Quyết định 757/QĐ-BKHCN: thế nào là “có kỹ năng số cơ bản”?",
        summary=(
            "Bộ Khoa học và Công nghệ ban hành khung kiến thức, kỹ năng số cơ bản cho bốn nhóm đối "
            "tượng cùng cách đánh giá, xác nhận hoàn thành, giúp địa phương đo kết quả phong trào "
            "một cách thống nhất."
        ),
        body=[
            _p(
                "Ngày 29/04/2025, Bộ Khoa học và Công nghệ ban hành <b>Quyết định số "
                "757/QĐ-BKHCN</b> về khung kiến thức, kỹ năng số cơ bản. Văn bản trả lời một câu "
                "hỏi mà nhiều cán bộ cơ sở băn khoăn từ khi phát động phong trào: học đến đâu thì "
                "được coi là đạt?"
            ),
            _h("Bốn nhóm, bốn yêu cầu khác nhau"),
            _list(
                "Học sinh, sinh viên: học tập, tra cứu và giao tiếp an toàn trên mạng, nhận biết "
                "thông tin sai lệch.",
                (
                    "Người dân: dùng điện thoại thông minh, tài khoản định danh điện tử, dịch vụ "
                    "công trực tuyến, thanh toán điện tử và biết tự bảo vệ trước lừa đảo."
                ),
                (
                    "Cán bộ, công chức, viên chức, người lao động khu vực công: xử lý văn bản điện "
                    "tử, ký số, khai thác cơ sở dữ liệu, bảo đảm an toàn thông tin."
                ),
                (
                    "Người lao động trong doanh nghiệp, hợp tác xã: dùng công cụ số trong sản "
                    "xuất, bán hàng, quản lý và giao dịch."
                ),
            ),
            _p(
                "Với mỗi nhóm, khung nêu rõ nội dung cần học và yêu cầu cần đạt. Người học có thể "
                "học trực tuyến trên nền tảng “Bình dân học vụ số” hoặc học trực tiếp, sau đó được "
                "đánh giá và xác nhận hoàn thành theo hướng dẫn của Bộ. Kết quả được dùng để tính "
                "các chỉ tiêu của phong trào, trong đó có tỷ lệ người trưởng thành được xác nhận "
                "có kỹ năng số cơ bản trên ứng dụng VNeID."
            ),
            _h("Ý nghĩa với tỉnh Yên Bái"),
            _p(
                "Từ nay, các xã, phường, thị trấn báo cáo theo cùng một thước đo, tránh tình trạng "
                "nơi thì đếm số người đã cài ứng dụng, nơi thì đếm số người đi dự lớp. Sở Khoa học "
                "và Công nghệ sẽ tổ chức tập huấn cho cán bộ đầu mối cấp huyện, cấp xã về cách "
                "đánh giá và ghi nhận kết quả trong tháng 5/2025."
            ),
            _quote(
                "Có thước đo chung thì mới biết thôn nào cần hỗ trợ thêm. Con số đẹp mà người dân "
                "vẫn phải nhờ người khác làm hộ thì chưa phải là đạt.",
                (
                    "Ông Nguyễn Đức Long, chuyên viên Phòng Chuyển đổi số, Sở Khoa học và Công "
                    "nghệ tỉnh Yên Bái"
                ),
            ),
        ],
        published_on=date(2025, 5, 9),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_DOCS, TAG_COMPETENCE, TAG_SKILLS],
        image_theme="office",
        image_alt="Minh hoạ: bảng tiêu chí kỹ năng số hiển thị trên màn hình máy tính",
        document_number="757/QĐ-BKHCN",
        document_type="Quyết định",
        issuing_body="Bộ Khoa học và Công nghệ",
        issued_on=date(2025, 4, 29),
        document_text=[
            (
                "BỘ KHOA HỌC VÀ CÔNG NGHỆ. Số 757/QĐ-BKHCN. Hà Nội, ngày 29 tháng 4 năm 2025. "
                "QUYẾT ĐỊNH ban hành khung kiến thức, kỹ năng số cơ bản và hướng dẫn đánh giá, xác "
                "nhận hoàn thành. (Bản tóm tắt nội dung chính phục vụ tuyên truyền.)"
            ),
            (
                "Mục đích: thống nhất nội dung kiến thức, kỹ năng số cơ bản cần phổ cập trong "
                "phong trào “Bình dân học vụ số”; làm căn cứ xây dựng học liệu, tổ chức học tập và "
                "đánh giá kết quả."
            ),
            (
                "Đối tượng: học sinh, sinh viên; người dân; cán bộ, công chức, viên chức và người "
                "lao động khu vực công; người lao động trong doanh nghiệp, hợp tác xã."
            ),
            (
                "Nội dung: với mỗi nhóm đối tượng, khung xác định các chủ đề kiến thức, kỹ năng số "
                "cơ bản và yêu cầu cần đạt tương ứng."
            ),
            (
                "Đánh giá, xác nhận: người học hoàn thành nội dung học tập và bài đánh giá theo "
                "hướng dẫn; kết quả được ghi nhận, xác nhận để phục vụ thống kê, báo cáo chỉ tiêu "
                "của phong trào."
            ),
            (
                "Tổ chức thực hiện: các bộ, ngành, địa phương căn cứ khung để tổ chức triển khai; "
                "cơ quan thường trực phong trào ở địa phương theo dõi, tổng hợp kết quả."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="de-an-06-va-phong-trao-binh-dan-hoc-vu-so",
        title="Đề án 06 và “Bình dân học vụ số”: hai việc lớn, một mục tiêu chung",
        summary=(
            "Đề án 06 xây dựng dữ liệu dân cư và tài khoản định danh điện tử; phong trào “Bình dân "
            "học vụ số” giúp người dân biết dùng những tiện ích đó. Hai việc song hành để thủ tục "
            "nhanh hơn, đời sống thuận tiện hơn."
        ),
        body=[
            _p(
                "Ngày 06/01/2022, Thủ tướng Chính phủ ban hành <b>Quyết định số 06/QĐ-TTg</b> phê "
                "duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử "
                "phục vụ chuyển đổi số quốc gia giai đoạn 2022–2025, tầm nhìn đến năm 2030, thường "
                "gọi ngắn gọn là <b>Đề án 06</b>."
            ),
            _p(
                "Nhờ Đề án 06, mỗi người dân có một tài khoản định danh điện tử trên ứng dụng "
                "VNeID. Căn cước, giấy phép lái xe, thẻ bảo hiểm y tế có thể được tích hợp vào ứng "
                "dụng; nhiều thủ tục không còn phải nộp bản sao giấy tờ vì cơ quan nhà nước đã "
                "khai thác được dữ liệu dân cư."
            ),
            _h("Năm nhóm tiện ích của Đề án"),
            _list(
                "Phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến.",
                "Phục vụ phát triển kinh tế, xã hội.",
                "Phục vụ phát triển công dân số.",
                (
                    "Hoàn thiện hệ sinh thái phục vụ kết nối, khai thác, bổ sung làm giàu dữ liệu "
                    "dân cư."
                ),
                "Phục vụ chỉ đạo, điều hành của lãnh đạo các cấp.",
            ),
            _h("Vì sao cần đi cùng phong trào học kỹ năng số?"),
            _p(
                "Tại nhiều bản vùng cao của Yên Bái, tỷ lệ người dân được cấp tài khoản định danh "
                "điện tử mức độ 2 đã khá cao, nhưng số người tự đăng nhập, tự làm thủ tục còn ít. "
                "Có tài khoản mà không biết dùng thì tiện ích vẫn nằm trên giấy. Vì vậy, Công an "
                "tỉnh phối hợp với tổ công nghệ số cộng đồng lồng ghép hướng dẫn VNeID vào các lớp "
                "“Bình dân học vụ số”: kích hoạt tài khoản, đặt mật khẩu an toàn, xem giấy tờ tích "
                "hợp, thông báo lưu trú, nộp hồ sơ trực tuyến."
            ),
            _quote(
                "Công an xã không chỉ làm căn cước cho bà con mà còn ngồi lại hướng dẫn từng người "
                "mở ứng dụng, nhớ mật khẩu, biết từ chối khi có ai gọi điện xin mã.",
                "Đại úy Vàng A Páo, Công an xã Chế Cu Nha, huyện Mù Cang Chải",
            ),
            _p(
                "Người dân cần hỗ trợ về tài khoản định danh điện tử có thể đến trụ sở Công an xã, "
                "phường, thị trấn nơi cư trú trong giờ hành chính, mang theo thẻ căn cước và điện "
                "thoại đang dùng số thuê bao chính chủ."
            ),
        ],
        published_on=date(2025, 6, 10),
        author_unit="Công an tỉnh Yên Bái",
        tags=[TAG_DOCS, TAG_VNEID, TAG_PUBLIC_SERVICES],
        image_theme="security",
        image_alt=(
            "Minh hoạ: cán bộ công an hướng dẫn người dân kích hoạt tài khoản định danh điện tử"
        ),
        document_number="06/QĐ-TTg",
        document_type="Quyết định",
        issuing_body="Thủ tướng Chính phủ",
        issued_on=date(2022, 1, 6),
        document_text=[
            (
                "THỦ TƯỚNG CHÍNH PHỦ. Số 06/QĐ-TTg. Hà Nội, ngày 06 tháng 01 năm 2022. QUYẾT ĐỊNH "
                "phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện "
                "tử phục vụ chuyển đổi số quốc gia giai đoạn 2022–2025, tầm nhìn đến năm 2030. "
                "(Bản tóm tắt nội dung chính phục vụ tuyên truyền.)"
            ),
            (
                "Mục tiêu: khai thác hiệu quả Cơ sở dữ liệu quốc gia về dân cư và hệ thống định "
                "danh, xác thực điện tử để phục vụ cải cách thủ tục hành chính, cung cấp dịch vụ "
                "công trực tuyến, phát triển kinh tế - xã hội và công dân số."
            ),
            (
                "Năm nhóm tiện ích: phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công "
                "trực tuyến; phục vụ phát triển kinh tế, xã hội; phục vụ phát triển công dân số; "
                "hoàn thiện hệ sinh thái phục vụ kết nối, khai thác, bổ sung làm giàu dữ liệu dân "
                "cư; phục vụ chỉ đạo, điều hành của lãnh đạo các cấp."
            ),
            (
                "Nhiệm vụ, giải pháp: hoàn thiện thể chế; bảo đảm hạ tầng, an ninh, an toàn thông "
                "tin; kết nối, chia sẻ dữ liệu giữa cơ sở dữ liệu quốc gia về dân cư với các cơ sở "
                "dữ liệu chuyên ngành; tuyên truyền, hướng dẫn người dân sử dụng tài khoản định "
                "danh điện tử."
            ),
            (
                "Tổ chức thực hiện: Bộ Công an là cơ quan thường trực; các bộ, ngành, địa phương "
                "xây dựng kế hoạch thực hiện và báo cáo kết quả định kỳ."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="chi-thi-ubnd-tinh-lao-cai-day-manh-phong-trao",
        title="Lào Cai ra chỉ thị đẩy mạnh “Bình dân học vụ số” khi vận hành chính quyền hai cấp",
        summary=(
            "Sau khi hợp nhất tỉnh và sắp xếp lại xã, phường, Chủ tịch Ủy ban nhân dân tỉnh Lào "
            "Cai yêu cầu mỗi xã, phường coi kỹ năng số của người dân là điều kiện để chính quyền "
            "cơ sở phục vụ tốt hơn."
        ),
        body=[
            _p(
                "Từ ngày 01/07/2025, tỉnh Lào Cai mới được thành lập trên cơ sở hợp nhất tỉnh Yên "
                "Bái và tỉnh Lào Cai, với 99 xã, phường và không còn cấp huyện. Nhiều thủ tục "
                "trước đây làm ở huyện nay được giải quyết tại xã, phường hoặc nộp trực tuyến. "
                "Trong bối cảnh đó, Chủ tịch Ủy ban nhân dân tỉnh ban hành <b>Chỉ thị số "
                "12/CT-UBND</b> ngày 22/09/2025 về đẩy mạnh phong trào “Bình dân học vụ số”."
            ),
            _h("Những yêu cầu chính"),
            _list(
                "Chủ tịch Ủy ban nhân dân xã, phường trực tiếp chỉ đạo phong trào, chịu trách "
                "nhiệm về kết quả trên địa bàn.",
                (
                    "Mỗi Trung tâm phục vụ hành chính công cấp xã bố trí góc hướng dẫn nộp hồ sơ "
                    "trực tuyến, có người trực hỗ trợ trong giờ hành chính."
                ),
                (
                    "Tổ công nghệ số cộng đồng được kiện toàn theo thôn, tổ dân phố mới sau sắp "
                    "xếp; ưu tiên các bản vùng cao, vùng xa trung tâm xã."
                ),
                (
                    "Số liệu năm chỉ tiêu được cập nhật hằng tháng; số liệu của xã cũ được cộng "
                    "dồn về xã, phường mới."
                ),
                (
                    "Tăng cường tuyên truyền phòng chống lừa đảo trực tuyến, nhất là những thủ "
                    "đoạn lợi dụng việc sắp xếp đơn vị hành chính để yêu cầu người dân “cập nhật "
                    "giấy tờ”."
                ),
            ),
            _p(
                "Chỉ thị nhắc lại mục tiêu đến hết năm 2026: 100% cán bộ, công chức, viên chức; "
                "100% học sinh, sinh viên; 100% người trưởng thành và 100% người lao động trong "
                "doanh nghiệp, hợp tác xã có kiến thức, kỹ năng số cơ bản phù hợp với nhóm của "
                "mình."
            ),
            _h("Lưu ý cho người dân"),
            _p(
                "Việc đổi tên xã, phường <b>không bắt buộc</b> người dân phải làm lại thẻ căn cước "
                "hay các giấy tờ đang còn hạn. Cơ quan nhà nước không gọi điện, nhắn tin yêu cầu "
                "cài ứng dụng lạ hay cung cấp mã xác thực. Khi nghi ngờ, hãy hỏi trực tiếp Công an "
                "xã, phường hoặc cán bộ Trung tâm phục vụ hành chính công."
            ),
            _quote(
                "Chính quyền hai cấp gần dân hơn thì người dân cũng cần được trang bị để dùng dịch "
                "vụ số. Xã nào làm tốt việc này, người dân xã đó bớt được nhiều chuyến đi lại.",
                "Ông Phạm Quốc Khánh, Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Lào Cai",
            ),
        ],
        published_on=date(2025, 9, 25),
        author_unit="Văn phòng Ủy ban nhân dân tỉnh Lào Cai",
        tags=[TAG_DOCS, TAG_PUBLIC_SERVICES, TAG_OFFICIALS],
        image_theme="office",
        image_alt="Minh hoạ: quầy tiếp nhận hồ sơ tại Trung tâm phục vụ hành chính công xã",
        document_number="12/CT-UBND",
        document_type="Chỉ thị",
        issuing_body="Ủy ban nhân dân tỉnh Lào Cai",
        issued_on=date(2025, 9, 22),
        document_text=[
            (
                "ỦY BAN NHÂN DÂN TỈNH LÀO CAI. Số 12/CT-UBND. Lào Cai, ngày 22 tháng 9 năm 2025. "
                "CHỈ THỊ về đẩy mạnh phong trào “Bình dân học vụ số” trong giai đoạn vận hành "
                "chính quyền địa phương hai cấp. (Văn bản minh hoạ cho Cổng thông tin thử nghiệm.)"
            ),
            (
                "Thời gian qua, phong trào “Bình dân học vụ số” đã được triển khai tại tỉnh Yên "
                "Bái và tỉnh Lào Cai (trước hợp nhất), đạt kết quả bước đầu. Tuy nhiên, việc sắp "
                "xếp đơn vị hành chính làm thay đổi địa bàn, đầu mối phụ trách; một bộ phận người "
                "dân vùng cao, người cao tuổi còn gặp khó khăn khi sử dụng dịch vụ công trực tuyến."
            ),
            (
                "Để bảo đảm hoàn thành mục tiêu đến hết năm 2026, Chủ tịch Ủy ban nhân dân tỉnh "
                "yêu cầu: (1) Chủ tịch Ủy ban nhân dân các xã, phường trực tiếp chỉ đạo, kiện toàn "
                "tổ công nghệ số cộng đồng theo thôn, tổ dân phố mới; (2) mỗi Trung tâm phục vụ "
                "hành chính công cấp xã bố trí góc hướng dẫn dịch vụ công trực tuyến; (3) cập nhật "
                "năm chỉ tiêu của phong trào hằng tháng, quy đổi số liệu của đơn vị cũ về đơn vị "
                "mới."
            ),
            (
                "Sở Khoa học và Công nghệ là cơ quan thường trực, hướng dẫn nghiệp vụ, tổng hợp số "
                "liệu; Sở Giáo dục và Đào tạo, Sở Nội vụ, Công an tỉnh và Liên minh Hợp tác xã "
                "tỉnh thực hiện nhiệm vụ theo nhóm đối tượng được phân công."
            ),
            (
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội "
                "vận động đoàn viên, hội viên tham gia học tập và hướng dẫn người thân; các cơ "
                "quan báo chí mở chuyên mục về phong trào."
            ),
            (
                "Chỉ thị này được phổ biến đến thôn, tổ dân phố. Các sở, ngành, địa phương báo cáo "
                "kết quả thực hiện trước ngày 15 tháng 12 năm 2025."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="cong-van-huong-dan-bao-cao-nam-chi-tieu-2026",
        title="Hướng dẫn xã, phường báo cáo năm chỉ tiêu của phong trào năm 2026",
        summary=(
            "Sở Khoa học và Công nghệ hướng dẫn cách thu thập, tính toán và gửi số liệu năm chỉ "
            "tiêu hằng tháng, kể cả cách cộng dồn số liệu của các xã cũ về xã, phường mới."
        ),
        body=[
            _p(
                "Nhằm thống nhất số liệu toàn tỉnh trong năm cuối thực hiện mục tiêu, Sở Khoa học "
                "và Công nghệ ban hành <b>Công văn số 215/SKHCN-CĐS</b> ngày 05/02/2026 hướng dẫn "
                "Ủy ban nhân dân các xã, phường thu thập và báo cáo năm chỉ tiêu của phong trào "
                "“Bình dân học vụ số”."
            ),
            _h("Năm chỉ tiêu cần báo cáo"),
            _list(
                "Tỷ lệ cán bộ, công chức, viên chức có kỹ năng số cơ bản.",
                "Tỷ lệ học sinh, sinh viên được trang bị kỹ năng số.",
                "Tỷ lệ người trưởng thành sử dụng được các dịch vụ số thiết yếu.",
                "Tỷ lệ người trưởng thành được xác nhận có kỹ năng số cơ bản trên ứng dụng VNeID.",
                (
                    "Tỷ lệ người lao động trong doanh nghiệp, hợp tác xã ứng dụng được công nghệ "
                    "trong công việc."
                ),
            ),
            _h("Một số điểm cán bộ đầu mối hay hỏi"),
            _p(
                "<b>Số liệu năm 2025 ghi theo xã cũ thì xử lý thế nào?</b> Mỗi xã cũ đã sáp nhập "
                "toàn bộ vào một xã, phường mới, nên chỉ cần cộng số người đạt và tổng số người "
                "của các xã cũ theo bảng đối chiếu kèm công văn, rồi tính lại tỷ lệ. Không cộng "
                "các tỷ lệ phần trăm với nhau."
            ),
            _p(
                "<b>Một người vừa là công chức vừa là người trưởng thành thì đếm ở đâu?</b> Người "
                "đó được tính ở nhóm cán bộ, công chức và vẫn được tính trong chỉ tiêu xác nhận "
                "trên VNeID nếu đã được xác nhận. Các nhóm còn lại không đếm trùng."
            ),
            _p(
                "<b>Hạn gửi báo cáo:</b> trước ngày 25 hằng tháng, qua hệ thống báo cáo của tỉnh; "
                "bản giấy không bắt buộc. Số liệu của tháng 12/2026 là căn cứ đánh giá hoàn thành "
                "mục tiêu của phong trào."
            ),
            _quote(
                "Số liệu đúng giúp tỉnh biết nơi nào cần gửi thêm người, thêm máy. Xã nào còn khó "
                "khăn cứ báo thật, tỉnh sẽ hỗ trợ.",
                (
                    "Bà Hoàng Thị Thu Hà, Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ "
                    "tỉnh Lào Cai"
                ),
            ),
        ],
        published_on=date(2026, 2, 9),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_DOCS, TAG_OFFICIALS, TAG_VNEID],
        image_theme="office",
        image_alt="Minh hoạ: cán bộ xã nhập số liệu báo cáo trên máy tính",
        document_number="215/SKHCN-CĐS",
        document_type="Công văn",
        issuing_body="Sở Khoa học và Công nghệ tỉnh Lào Cai",
        issued_on=date(2026, 2, 5),
        document_text=[
            (
                "ỦY BAN NHÂN DÂN TỈNH LÀO CAI — SỞ KHOA HỌC VÀ CÔNG NGHỆ. Số 215/SKHCN-CĐS. Lào "
                "Cai, ngày 05 tháng 02 năm 2026. V/v hướng dẫn thu thập, báo cáo chỉ tiêu phong "
                "trào “Bình dân học vụ số” năm 2026. Kính gửi: Ủy ban nhân dân các xã, phường. "
                "(Văn bản minh hoạ cho Cổng thông tin thử nghiệm.)"
            ),
            (
                "Thực hiện Chỉ thị số 12/CT-UBND ngày 22/9/2025 của Chủ tịch Ủy ban nhân dân tỉnh, "
                "Sở Khoa học và Công nghệ hướng dẫn thu thập, báo cáo năm chỉ tiêu của phong trào "
                "như sau."
            ),
            (
                "1. Chỉ tiêu và cách tính: mỗi chỉ tiêu là tỷ lệ giữa số người đạt yêu cầu và tổng "
                "số người thuộc nhóm đối tượng trên địa bàn, tính theo khung kiến thức, kỹ năng số "
                "cơ bản ban hành kèm Quyết định số 757/QĐ-BKHCN ngày 29/4/2025 của Bộ Khoa học và "
                "Công nghệ."
            ),
            (
                "2. Số liệu của đơn vị hành chính cũ: cộng số người đạt và tổng số người của các "
                "xã, phường, thị trấn cũ theo bảng đối chiếu sắp xếp đơn vị hành chính có hiệu lực "
                "từ ngày 01/7/2025, sau đó tính lại tỷ lệ cho đơn vị mới; không cộng hoặc lấy bình "
                "quân các tỷ lệ."
            ),
            (
                "3. Thời hạn: báo cáo trước ngày 25 hằng tháng qua hệ thống báo cáo của tỉnh. Số "
                "liệu tháng 12/2026 là căn cứ đánh giá kết quả thực hiện mục tiêu."
            ),
            (
                "4. Đầu mối: Phòng Chuyển đổi số, Sở Khoa học và Công nghệ. Trong quá trình thực "
                "hiện, nếu có vướng mắc, đề nghị các địa phương phản ánh để được hướng dẫn kịp "
                "thời."
            ),
        ],
    ),
]


# ---------------------------------------------------------------------------------------------
# Hoạt động triển khai
# ---------------------------------------------------------------------------------------------

_ACTIVITIES: list[DemoArticle] = [
    DemoArticle(
        section="activities",
        slug="yen-bai-phat-dong-phong-trao-binh-dan-hoc-vu-so",
        title="Yên Bái phát động phong trào “Bình dân học vụ số”",
        summary=(
            "Lễ phát động cấp tỉnh được kết nối trực tuyến tới 9 huyện, thị xã, thành phố và 168 "
            "xã, phường, thị trấn; hơn 1.600 tổ công nghệ số cộng đồng cam kết đến từng nhà hướng "
            "dẫn người dân."
        ),
        body=[
            _p(
                "Sáng 18/04/2025, Ủy ban nhân dân tỉnh Yên Bái tổ chức lễ phát động phong trào "
                "“Bình dân học vụ số” tại Hội trường Trung tâm Hội nghị tỉnh. Lễ phát động được "
                "kết nối trực tuyến tới 9 điểm cầu huyện, thị xã, thành phố và 168 điểm cầu xã, "
                "phường, thị trấn, với tổng cộng gần 9.000 người tham dự."
            ),
            _p(
                "Tại điểm cầu tỉnh có khoảng 450 đại biểu gồm lãnh đạo các sở, ngành, đại diện Mặt "
                "trận Tổ quốc, các đoàn thể, nhà trường, doanh nghiệp, hợp tác xã cùng nhiều đoàn "
                "viên thanh niên và người có uy tín ở các thôn, bản."
            ),
            _h("Cam kết từ thôn, bản"),
            _p(
                "Hơn <b>1.600 tổ công nghệ số cộng đồng</b> với trên 8.000 thành viên trong toàn "
                "tỉnh đã ký cam kết hưởng ứng. Mỗi tổ nhận nhiệm vụ lập danh sách hộ gia đình cần "
                "hỗ trợ, ưu tiên người cao tuổi, người khuyết tật, hộ nghèo và đồng bào ở các bản "
                "xa trung tâm. Mục tiêu trước mắt là trong năm 2025, mỗi hộ có ít nhất một người "
                "biết dùng tài khoản định danh điện tử và nộp được một hồ sơ trực tuyến."
            ),
            _list(
                "Ra mắt chuyên trang tin tức về phong trào trên Cổng thông tin của tỉnh.",
                (
                    "Trao 120 điện thoại thông minh do doanh nghiệp viễn thông tài trợ cho học "
                    "sinh và hộ nghèo."
                ),
                (
                    "Khai trương gian hướng dẫn trực tiếp: cài ứng dụng VNeID, nhận diện tin nhắn "
                    "lừa đảo, thanh toán bằng mã QR."
                ),
            ),
            _quote(
                "Tôi năm nay 67 tuổi, trước chỉ biết nghe gọi. Hôm nay các cháu đoàn viên cài cho "
                "tôi ứng dụng, chỉ cách xem thẻ bảo hiểm y tế ngay trên điện thoại. Về nhà tôi sẽ "
                "bảo cả xóm đi học.",
                "Bà Nguyễn Thị Lý, tổ dân phố ở phường Nguyễn Thái Học, thành phố Yên Bái",
            ),
            _h("Việc tiếp theo"),
            _p(
                "Từ nay đến hết tháng 6/2025, các huyện, thị xã, thành phố tổ chức tập huấn cho "
                "cán bộ cấp xã; các trường học triển khai nội dung năng lực số trong hoạt động hè; "
                "tổ công nghệ số cộng đồng bắt đầu đợt hướng dẫn tại nhà đầu tiên. Kết quả sẽ được "
                "cập nhật hằng tháng trên Cổng thông tin."
            ),
        ],
        published_on=date(2025, 4, 18),
        author_unit="Báo Yên Bái",
        tags=[TAG_SKILLS, TAG_COMMUNITY_TEAM],
        image_theme="meeting",
        image_alt="Minh hoạ: đại biểu bấm nút phát động phong trào trên sân khấu hội trường",
        unit_codes=["15", "132"],
    ),
    DemoArticle(
        section="activities",
        slug="che-cu-nha-to-cong-nghe-so-den-tung-nha",
        title="Chế Cu Nha: tổ công nghệ số cộng đồng đến từng nhà đồng bào Mông",
        summary=(
            "Trong ba tuần, tổ công nghệ số cộng đồng xã Chế Cu Nha (Mù Cang Chải) đã đến 412 hộ, "
            "giúp 635 người kích hoạt tài khoản định danh điện tử và hướng dẫn bằng cả tiếng Mông "
            "lẫn tiếng phổ thông."
        ),
        body=[
            _p(
                "Chế Cu Nha là xã vùng cao của huyện Mù Cang Chải, gần như toàn bộ người dân là "
                "đồng bào Mông. Nhiều gia đình đã có điện thoại thông minh nhưng chủ yếu dùng để "
                "nghe gọi, xem video; số người tự đăng nhập được ứng dụng VNeID còn rất ít."
            ),
            _p(
                "Từ ngày 28/04 đến 18/05/2025, tổ công nghệ số cộng đồng của xã gồm 18 thành viên "
                "là công an viên, đoàn viên thanh niên và giáo viên người Mông đã chia thành sáu "
                "nhóm, đi đến từng bản. Buổi tối, khi bà con đi nương về, các nhóm ngồi ngay bên "
                "bếp lửa để hướng dẫn."
            ),
            _h("Kết quả sau ba tuần"),
            _list(
                "Đến 412 hộ gia đình, trong đó có 96 hộ ở các bản xa phải đi bộ hơn một giờ.",
                "Giúp 635 người kích hoạt và đăng nhập được tài khoản định danh điện tử mức độ 2.",
                (
                    "Hướng dẫn 280 người xem thẻ bảo hiểm y tế trên ứng dụng và 74 người nộp thông "
                    "báo lưu trú trực tuyến."
                ),
                "Phát 500 tờ hướng dẫn bằng hình ảnh, có chú thích tiếng Mông.",
            ),
            _p(
                "Khó khăn lớn nhất là nhiều người không nhớ mật khẩu, hoặc dùng sim của con cháu "
                "đang đi làm ăn xa. Tổ đã hướng dẫn bà con ghi mật khẩu vào sổ và cất kỹ, tuyệt "
                "đối không đưa cho người lạ; những trường hợp sim không chính chủ được hẹn ra Công "
                "an xã để làm thủ tục."
            ),
            _quote(
                "Mình nói tiếng Mông thì bà con hiểu nhanh hơn, không ngại hỏi. Có cụ học ba buổi "
                "mới nhớ, nhưng lần thứ tư cụ tự mở được ứng dụng, cười vui lắm.",
                "Anh Giàng A Sình, Bí thư Đoàn xã Chế Cu Nha",
            ),
            _p(
                "Trong tháng 6/2025, tổ sẽ quay lại các hộ đã được hướng dẫn để kiểm tra, đồng "
                "thời mở lớp buổi tối tại nhà văn hóa bản về nhận biết cuộc gọi lừa đảo và nhận "
                "tiền hỗ trợ qua tài khoản."
            ),
        ],
        published_on=date(2025, 5, 22),
        author_unit="Báo Yên Bái",
        tags=[TAG_COMMUNITY_TEAM, TAG_ETHNIC, TAG_VNEID],
        image_theme="village",
        image_alt="Minh hoạ: thanh niên hướng dẫn gia đình người Mông dùng điện thoại bên bếp lửa",
        unit_codes=["04471"],
    ),
    DemoArticle(
        section="activities",
        slug="luc-yen-tap-huan-ky-nang-so-can-bo-cap-xa",
        title="Lục Yên tập huấn kỹ năng số cho 312 cán bộ cấp xã",
        summary=(
            "Bốn lớp tập huấn tại thị trấn Yên Thế giúp cán bộ 24 xã, thị trấn của huyện Lục Yên "
            "thành thạo ký số, xử lý hồ sơ trực tuyến, sẵn sàng cho việc vận hành chính quyền hai "
            "cấp."
        ),
        body=[
            _p(
                "Từ ngày 03 đến 10/06/2025, Ủy ban nhân dân huyện Lục Yên phối hợp với Sở Khoa học "
                "và Công nghệ tổ chức bốn lớp tập huấn kỹ năng số cho cán bộ, công chức cấp xã tại "
                "Trung tâm Chính trị huyện ở thị trấn Yên Thế. Có <b>312 học viên</b> của 24 xã, "
                "thị trấn tham gia, mỗi lớp học hai ngày."
            ),
            _h("Học gì?"),
            _list(
                "Sử dụng chữ ký số cá nhân, ký và phát hành văn bản điện tử.",
                (
                    "Tiếp nhận, xử lý hồ sơ trên hệ thống giải quyết thủ tục hành chính của tỉnh; "
                    "trả kết quả điện tử."
                ),
                "Khai thác dữ liệu dân cư để không yêu cầu người dân nộp lại giấy tờ đã có.",
                "Bảo đảm an toàn thông tin: mật khẩu, thư điện tử giả mạo, sao lưu dữ liệu.",
                "Kỹ năng hướng dẫn người dân lần đầu làm dịch vụ công trực tuyến.",
            ),
            _p(
                "Điểm mới của đợt tập huấn là mỗi học viên phải tự làm trọn vẹn một hồ sơ mẫu, từ "
                "lúc người dân nộp đến lúc trả kết quả, thay vì chỉ nghe giảng. Cuối khóa, 296 học "
                "viên (đạt 94,9%) hoàn thành bài đánh giá theo khung kỹ năng số cơ bản của Bộ Khoa "
                "học và Công nghệ; 16 người chưa đạt sẽ được kèm cặp thêm tại cơ quan."
            ),
            _quote(
                "Trước đây hồ sơ đến là tôi in ra giấy rồi mới xử lý. Học xong mới thấy làm trên "
                "máy nhanh hơn nhiều, lại tra được hồ sơ đang nằm ở khâu nào để trả lời bà con.",
                "Chị Nông Thị Lan, công chức Văn phòng - Thống kê xã Minh Xuân, huyện Lục Yên",
            ),
            _p(
                "Theo kế hoạch của tỉnh, từ ngày 01/07/2025 cấp huyện kết thúc hoạt động, nhiều "
                "thủ tục chuyển về xã giải quyết. Lãnh đạo huyện Lục Yên cho biết các học viên sẽ "
                "trở thành lực lượng nòng cốt hướng dẫn đồng nghiệp tại các xã mới sau sắp xếp."
            ),
        ],
        published_on=date(2025, 6, 12),
        author_unit="UBND huyện Lục Yên",
        tags=[TAG_OFFICIALS, TAG_PUBLIC_SERVICES, TAG_SKILLS],
        image_theme="classroom",
        image_alt="Minh hoạ: lớp tập huấn cán bộ xã, mỗi người một máy tính xách tay",
        unit_codes=["135", "04303"],
    ),
    DemoArticle(
        section="activities",
        slug="tram-tau-lop-hoc-buoi-toi-cho-phu-nu-mong",
        title="Xã Trạm Tấu mở lớp học buổi tối cho phụ nữ Mông",
        summary=(
            "Bốn lớp học buổi tối tại nhà văn hóa thôn giúp 126 chị em người Mông biết gọi video, "
            "nhận tiền qua mã QR và nhận diện cuộc gọi lừa đảo; giảng viên là chính những cô gái "
            "trong bản."
        ),
        body=[
            _p(
                "Sau khi sắp xếp đơn vị hành chính, xã Trạm Tấu (tỉnh Lào Cai) được hình thành từ "
                "các xã Túc Đán, Pá Lau, Trạm Tấu và Pá Hu của huyện Trạm Tấu cũ. Phần lớn người "
                "dân là đồng bào Mông; nhiều phụ nữ trung niên chưa thạo tiếng phổ thông và ngại "
                "đến những lớp học đông người."
            ),
            _p(
                "Hiểu điều đó, Hội Liên hiệp Phụ nữ xã phối hợp với Đoàn Thanh niên mở <b>bốn lớp "
                "học buổi tối</b> từ ngày 04 đến 15/08/2025 tại nhà văn hóa bốn thôn. Mỗi lớp chỉ "
                "khoảng 30 người, học ba buổi, mỗi buổi hai giờ. Người hướng dẫn là các cô gái "
                "Mông đã học xong trung học phổ thông, giảng hoàn toàn bằng tiếng Mông."
            ),
            _h("Nội dung được chọn theo nhu cầu"),
            _list(
                "Gọi video cho con đi làm ăn xa, lưu số điện thoại người thân.",
                (
                    "Nhận tiền bán măng, bán thảo quả qua tài khoản ngân hàng và mã QR, kiểm tra "
                    "tin báo số dư."
                ),
                "Nhận biết cuộc gọi giả danh công an, ngân hàng, người thân gặp nạn.",
                "Mở ứng dụng VNeID để xem thẻ bảo hiểm y tế của cả gia đình.",
            ),
            _p(
                "Kết thúc đợt học, <b>126 chị em</b> tham gia, trong đó 109 người tự thực hiện "
                "được ít nhất ba trong bốn kỹ năng trên. Nhiều chị đưa cả con nhỏ đến lớp, các "
                "đoàn viên thay nhau trông giúp để mẹ yên tâm học."
            ),
            _quote(
                "Trước có người gọi bảo con tôi bị tai nạn, bắt gửi tiền ngay. May mà hôm ấy không "
                "có tiền. Giờ học rồi, ai gọi thế tôi sẽ tắt máy, gọi lại cho con trước.",
                "Chị Sùng Thị Mỷ, học viên lớp buổi tối, xã Trạm Tấu",
            ),
            _p(
                "Ủy ban nhân dân xã Trạm Tấu cho biết sẽ mở thêm lớp cho nam giới và người cao "
                "tuổi sau vụ thu hoạch, đồng thời đề nghị doanh nghiệp viễn thông tăng cường sóng "
                "di động ở các thôn còn yếu."
            ),
        ],
        published_on=date(2025, 8, 20),
        author_unit="UBND xã Trạm Tấu",
        tags=[TAG_ETHNIC, TAG_SCAM, TAG_SKILLS],
        image_theme="classroom",
        image_alt=(
            "Minh hoạ: phụ nữ Mông trong trang phục truyền thống học dùng điện thoại buổi tối"
        ),
        unit_codes=["04606"],
    ),
    DemoArticle(
        section="activities",
        slug="tu-le-tuan-le-ky-nang-so-dau-nam-hoc",
        title="Tú Lệ: “Tuần lễ kỹ năng số” chào năm học mới",
        summary=(
            "Hơn 1.100 học sinh các trường trên địa bàn xã Tú Lệ tham gia tuần lễ kỹ năng số đầu "
            "năm học 2025–2026, học cách bảo vệ tài khoản, kiểm chứng thông tin và ứng xử văn minh "
            "trên mạng."
        ),
        body=[
            _p(
                "Nhân dịp khai giảng năm học 2025–2026, các trường học trên địa bàn xã Tú Lệ tổ "
                "chức <b>“Tuần lễ kỹ năng số”</b> từ ngày 08 đến 13/09/2025. Tú Lệ là vùng đồng "
                "bào Thái và Mông, nổi tiếng với nếp xôi thơm; nhiều học sinh ở bán trú, liên lạc "
                "với gia đình chủ yếu qua điện thoại."
            ),
            _h("Những hoạt động trong tuần"),
            _list(
                "Tiết sinh hoạt dưới cờ chủ đề “Một mật khẩu mạnh, một tài khoản an toàn”.",
                (
                    "Cuộc thi “Thám tử tin giả”: học sinh trung học cơ sở tìm điểm bất thường "
                    "trong các bản tin mẫu."
                ),
                "Lớp thực hành cho học sinh lớp 9 về tìm kiếm tài liệu học tập và trích dẫn nguồn.",
                (
                    "Buổi nói chuyện với phụ huynh về thời gian dùng điện thoại hợp lý và nguy cơ "
                    "lừa đảo qua trò chơi trực tuyến."
                ),
            ),
            _p(
                "Có <b>1.148 học sinh</b> và 72 giáo viên tham gia. Trước đó, trong hè, 100% giáo "
                "viên của các trường đã được tập huấn về khung năng lực số theo Thông tư "
                "02/2025/TT-BGDĐT để lồng ghép vào môn Tin học, Giáo dục công dân và hoạt động "
                "trải nghiệm."
            ),
            _quote(
                "Em từng bấm vào một đường dẫn nhận quà trong trò chơi rồi mất tài khoản. Hôm nay "
                "em mới biết phải bật xác thực hai lớp và không đưa mã cho ai.",
                "Em Lò Thị Ngọc, học sinh lớp 8, xã Tú Lệ",
            ),
            _p(
                "Thầy Lò Văn Thắng, giáo viên Tin học, cho biết nhà trường sẽ duy trì câu lạc bộ "
                "“Công dân số nhỏ” sinh hoạt hai tuần một lần. Các thành viên câu lạc bộ sẽ cùng "
                "tổ công nghệ số cộng đồng về bản hướng dẫn ông bà, cha mẹ trong các dịp nghỉ cuối "
                "tuần."
            ),
        ],
        published_on=date(2025, 9, 15),
        author_unit="Sở Giáo dục và Đào tạo",
        tags=[TAG_STUDENTS, TAG_COMPETENCE, TAG_ETHNIC],
        image_theme="school",
        image_alt="Minh hoạ: học sinh dân tộc Thái giơ tay phát biểu trong tiết học kỹ năng số",
        unit_codes=["04630"],
    ),
    DemoArticle(
        section="activities",
        slug="hop-tac-xa-que-van-yen-hoc-ban-hang-truc-tuyen",
        title="Người lao động hợp tác xã quế vùng Văn Yên học bán hàng trực tuyến",
        summary=(
            "86 người lao động của 14 hợp tác xã quế ở các xã Mậu A và Đông Cuông được tập huấn về "
            "sàn thương mại điện tử, mã truy xuất nguồn gốc và hóa đơn điện tử."
        ),
        body=[
            _p(
                "Quế Văn Yên từ lâu là đặc sản nổi tiếng, nhưng phần lớn sản lượng vẫn bán qua "
                "thương lái với giá phụ thuộc vào người mua. Để giúp các hợp tác xã chủ động hơn, "
                "Liên minh Hợp tác xã tỉnh phối hợp với Sở Khoa học và Công nghệ và Bưu điện tỉnh "
                "tổ chức lớp tập huấn từ ngày 14 đến 17/10/2025 tại xã Mậu A."
            ),
            _p(
                "Lớp có <b>86 học viên</b> là người lao động của 14 hợp tác xã trồng, chế biến quế "
                "ở xã Mậu A và xã Đông Cuông. Nhiều người lần đầu dùng máy tính, nên ban tổ chức "
                "chuẩn bị phần lớn bài thực hành trên điện thoại."
            ),
            _h("Nội dung tập huấn"),
            _list(
                "Mở gian hàng trên sàn thương mại điện tử, chụp ảnh sản phẩm bằng điện thoại, viết "
                "mô tả trung thực.",
                "Gắn mã QR truy xuất nguồn gốc lên bao bì quế thanh, tinh dầu quế.",
                (
                    "Lập hóa đơn điện tử, nhận thanh toán qua ngân hàng, theo dõi sổ sách trên "
                    "bảng tính."
                ),
                (
                    "Ghi nhật ký sản xuất trên điện thoại để đáp ứng yêu cầu của khách hàng mua số "
                    "lượng lớn."
                ),
            ),
            _p(
                "Cuối khóa, 71 học viên (82,6%) hoàn thành bài đánh giá kỹ năng số dành cho người "
                "lao động; 9 hợp tác xã đã mở được gian hàng và đăng bán những sản phẩm đầu tiên "
                "ngay tại lớp."
            ),
            _quote(
                "Ngày trước bán quế chỉ biết chờ thương lái vào bản. Giờ đăng ảnh lên sàn, khách ở "
                "Hà Nội đặt năm chục cân quế thanh, bưu điện đến tận xưởng lấy hàng.",
                "Ông Triệu Văn Hải, Giám đốc một hợp tác xã quế ở xã Đông Cuông",
            ),
            _p(
                "Trong quý IV/2025, Bưu điện tỉnh sẽ cử nhân viên hỗ trợ các hợp tác xã đóng gói, "
                "định giá vận chuyển; Sở Khoa học và Công nghệ tiếp tục hướng dẫn đăng ký mã truy "
                "xuất nguồn gốc cho 5 sản phẩm chủ lực của vùng quế."
            ),
        ],
        published_on=date(2025, 10, 21),
        author_unit="Liên minh Hợp tác xã tỉnh Lào Cai",
        tags=[TAG_WORKERS, TAG_ECOMMERCE, TAG_SKILLS],
        image_theme="farm",
        image_alt="Minh hoạ: người lao động chụp ảnh bó quế thanh bằng điện thoại để đăng bán",
        unit_codes=["04375", "04399"],
    ),
    DemoArticle(
        section="activities",
        slug="tap-huan-can-bo-trung-tam-phuc-vu-hanh-chinh-cong",
        title="198 cán bộ Trung tâm phục vụ hành chính công cấp xã được tập huấn nghiệp vụ số",
        summary=(
            "Ba đợt tập huấn tại phường Yên Bái giúp cán bộ tiếp nhận hồ sơ của 51 xã, phường "
            "thành thạo hệ thống giải quyết thủ tục hành chính và kỹ năng hướng dẫn người dân nộp "
            "hồ sơ trực tuyến."
        ),
        body=[
            _p(
                "Từ ngày 10 đến 14/11/2025, Sở Khoa học và Công nghệ phối hợp với Văn phòng Ủy ban "
                "nhân dân tỉnh tổ chức ba đợt tập huấn tại phường Yên Bái cho <b>198 cán bộ, công "
                "chức</b> làm việc tại Trung tâm phục vụ hành chính công của 51 xã, phường thuộc "
                "địa bàn tỉnh Yên Bái trước đây."
            ),
            _p(
                "Sau bốn tháng vận hành chính quyền hai cấp, lượng hồ sơ tại cấp xã tăng rõ rệt, "
                "trong khi nhiều cán bộ mới được điều động từ các phòng, ban của huyện cũ, chưa "
                "quen công việc tiếp nhận. Đợt tập huấn tập trung vào những tình huống thường gặp "
                "hằng ngày."
            ),
            _h("Nội dung chính"),
            _list(
                "Tiếp nhận, số hóa hồ sơ giấy và chuyển xử lý trên hệ thống giải quyết thủ tục "
                "hành chính của tỉnh.",
                (
                    "Hướng dẫn người dân đăng nhập bằng tài khoản định danh điện tử, tự nộp hồ sơ "
                    "tại góc hỗ trợ."
                ),
                (
                    "Thu phí, lệ phí không dùng tiền mặt; trả kết quả điện tử vào kho dữ liệu của "
                    "người dân."
                ),
                (
                    "Giao tiếp với người cao tuổi, người khuyết tật, đồng bào chưa thạo tiếng phổ "
                    "thông."
                ),
                "Xử lý khi hệ thống gặp sự cố, bảo vệ dữ liệu cá nhân của người đến làm thủ tục.",
            ),
            _p(
                "Mỗi học viên được thực hành trên môi trường thử nghiệm với mười hồ sơ mẫu như "
                "đăng ký khai sinh, chứng thực, đăng ký kinh doanh hộ gia đình. Kết quả đánh giá "
                "cuối khóa: 191 người đạt (96,5%)."
            ),
            _quote(
                "Người dân đến làm thủ tục thường lo nhất là nộp rồi không biết hồ sơ đi đâu. Khi "
                "mình chỉ cho họ tra cứu bằng mã hồ sơ trên điện thoại, họ yên tâm hẳn.",
                "Chị Vũ Thị Hương, công chức Trung tâm phục vụ hành chính công phường Nam Cường",
            ),
            _p(
                "Đầu năm 2026, chương trình tiếp tục được tổ chức cho cán bộ của 48 xã, phường "
                "thuộc địa bàn tỉnh Lào Cai trước đây, bảo đảm cán bộ tiếp nhận hồ sơ toàn tỉnh "
                "được tập huấn theo cùng một nội dung."
            ),
        ],
        published_on=date(2025, 11, 18),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_OFFICIALS, TAG_PUBLIC_SERVICES],
        image_theme="office",
        image_alt="Minh hoạ: cán bộ một cửa hướng dẫn người dân nộp hồ sơ trên máy tính tại quầy",
        unit_codes=["04252"],
    ),
    DemoArticle(
        section="activities",
        slug="chau-que-ngay-hoi-binh-dan-hoc-vu-so",
        title="Châu Quế: ngày hội “Bình dân học vụ số” của đồng bào Dao",
        summary=(
            "Đúng dịp tròn một năm phát động phong trào, xã Châu Quế tổ chức ngày hội với 12 gian "
            "hướng dẫn; hơn 300 người dân được hỗ trợ làm thủ tục, cài ứng dụng và học cách phòng "
            "chống lừa đảo."
        ),
        body=[
            _p(
                "Ngày 26/03/2026, tại sân Trung tâm văn hóa xã Châu Quế, Ủy ban nhân dân xã tổ "
                "chức <b>Ngày hội “Bình dân học vụ số”</b>. Xã được thành lập từ hai xã Châu Quế "
                "Thượng và Châu Quế Hạ cũ, đông đảo đồng bào Dao sinh sống, kinh tế chủ yếu dựa "
                "vào cây quế và rừng."
            ),
            _p(
                "Ngày hội được tổ chức như một phiên chợ: mỗi gian là một “quầy học”. Người dân đi "
                "từ gian này sang gian khác, làm được việc gì thì được đóng dấu vào phiếu, đủ năm "
                "dấu được nhận quà là áo mưa, đèn pin sạc do các doanh nghiệp tài trợ."
            ),
            _h("Mười hai gian hướng dẫn"),
            _list(
                "Kích hoạt, đăng nhập ứng dụng VNeID; xem giấy tờ tích hợp.",
                "Nộp thử hồ sơ dịch vụ công trực tuyến, tra cứu hồ sơ bằng mã.",
                "Tra cứu quá trình đóng bảo hiểm trên ứng dụng VssID.",
                "Mở tài khoản ngân hàng, chuyển tiền, thanh toán bằng mã QR.",
                "Nhận biết cuộc gọi, tin nhắn lừa đảo; kiểm tra đường dẫn nghi vấn.",
                "Đăng bán quế, mật ong rừng trên sàn thương mại điện tử.",
            ),
            _p(
                "Trong ngày có <b>327 lượt người</b> được hướng dẫn trực tiếp, 64 hồ sơ trực tuyến "
                "được nộp thành công, 41 người lần đầu mở tài khoản ngân hàng. Đội văn nghệ của xã "
                "biểu diễn tiểu phẩm bằng tiếng Dao về một cụ ông suýt bị lừa chuyển tiền, khiến "
                "nhiều người vừa cười vừa nhớ bài học."
            ),
            _quote(
                "Cả nhà tôi cùng đi. Con gái tôi học đăng bán quế, tôi học xem thẻ bảo hiểm. Đi "
                "hội mà về được bao nhiêu việc.",
                "Ông Bàn Văn Quý, người dân xã Châu Quế",
            ),
            _p(
                "Ủy ban nhân dân xã cho biết, đến hết tháng 3/2026, tỷ lệ người trưởng thành của "
                "xã sử dụng được dịch vụ số thiết yếu đạt 78%. Xã đặt mục tiêu đạt trên 95% trước "
                "tháng 10/2026 bằng cách duy trì ngày hội mỗi quý tại một cụm thôn."
            ),
        ],
        published_on=date(2026, 3, 27),
        author_unit="UBND xã Châu Quế",
        tags=[TAG_ETHNIC, TAG_COMMUNITY_TEAM, TAG_VNEID],
        image_theme="village",
        image_alt="Minh hoạ: ngày hội ở sân văn hóa xã với các gian hướng dẫn dùng điện thoại",
        unit_codes=["04387"],
    ),
    DemoArticle(
        section="activities",
        slug="bac-ha-sinh-vien-tinh-nguyen-mua-he-so",
        title="Bắc Hà: sinh viên tình nguyện mang “mùa hè số” về các thôn",
        summary=(
            "40 sinh viên tình nguyện cùng Đoàn Thanh niên xã Bắc Hà tổ chức 36 buổi hướng dẫn tại "
            "các thôn, giúp gần 900 lượt người dân làm quen với dịch vụ công trực tuyến và thanh "
            "toán điện tử."
        ),
        body=[
            _p(
                "Hưởng ứng chiến dịch tình nguyện hè năm 2026, <b>40 sinh viên</b> của các trường "
                "đại học, cao đẳng đã về xã Bắc Hà từ ngày 22/06 đến 08/07/2026. Đây là xã vùng "
                "cao thuộc địa bàn tỉnh Lào Cai trước đây, có đồng bào Mông, Tày, Nùng, Dao cùng "
                "sinh sống; chợ phiên Bắc Hà là nơi giao thương quen thuộc của bà con và du khách."
            ),
            _p(
                "Các bạn sinh viên được chia thành tám đội, mỗi đội có một đoàn viên địa phương "
                "biết tiếng dân tộc đi cùng. Buổi sáng, các đội đến từng thôn; buổi chiều, hỗ trợ "
                "tại Trung tâm phục vụ hành chính công xã; chủ nhật, đặt bàn hướng dẫn ngay tại "
                "chợ phiên."
            ),
            _h("Kết quả sau hơn hai tuần"),
            _list(
                "36 buổi hướng dẫn tại thôn với 894 lượt người tham gia.",
                (
                    "213 hồ sơ dịch vụ công trực tuyến được người dân tự nộp dưới sự hỗ trợ của "
                    "sinh viên."
                ),
                "58 tiểu thương ở chợ phiên bắt đầu nhận thanh toán bằng mã QR.",
                "Quay 15 video ngắn hướng dẫn bằng tiếng Mông, đăng trên trang thông tin của xã.",
            ),
            _quote(
                "Ban đầu em lo không nói được tiếng Mông thì làm sao hướng dẫn. Nhưng có anh chị "
                "đoàn viên ở xã dịch giúp, bà con lại rất cởi mở. Em học được từ bà con nhiều hơn "
                "em dạy.",
                "Sinh viên Vũ Thu Trang, thành viên đội tình nguyện số 3",
            ),
            _p(
                "Đoàn Thanh niên xã Bắc Hà cho biết sẽ giữ liên lạc với các đội qua nhóm trò "
                "chuyện để tiếp tục hỗ trợ từ xa. Danh sách người dân cần giúp thêm đã được bàn "
                "giao cho tổ công nghệ số cộng đồng các thôn để theo dõi sau chiến dịch."
            ),
        ],
        published_on=date(2026, 7, 10),
        author_unit="Tỉnh đoàn Lào Cai",
        tags=[TAG_STUDENTS, TAG_ETHNIC, TAG_PUBLIC_SERVICES],
        image_theme="phone",
        image_alt=(
            "Minh hoạ: sinh viên tình nguyện áo xanh hướng dẫn tiểu thương ở chợ phiên dùng mã QR"
        ),
        unit_codes=["02839"],
    ),
    DemoArticle(
        section="activities",
        slug="lao-cai-so-ket-phong-trao-binh-dan-hoc-vu-so-2026",
        title="Lào Cai sơ kết phong trào “Bình dân học vụ số”: còn một tháng cho chặng cuối",
        summary=(
            "Hội nghị sơ kết cho thấy nhóm học sinh, sinh viên và cán bộ, công chức gần như đã đạt "
            "mục tiêu; nhóm người trưởng thành ở vùng cao và chỉ tiêu xác nhận trên VNeID cần tăng "
            "tốc trong tháng 12/2026."
        ),
        body=[
            _p(
                "Ngày 20/11/2026, Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo "
                "và chuyển đổi số tỉnh Lào Cai tổ chức hội nghị sơ kết phong trào “Bình dân học vụ "
                "số”. Hội nghị được kết nối trực tuyến tới 99 xã, phường với hơn 2.300 đại biểu."
            ),
            _h("Năm chỉ tiêu tính đến hết tháng 10/2026"),
            _list(
                "Cán bộ, công chức, viên chức có kỹ năng số cơ bản: 97,6%.",
                "Học sinh, sinh viên được trang bị kỹ năng số: 100%.",
                "Người trưởng thành sử dụng được dịch vụ số thiết yếu: 84,2%.",
                "Người trưởng thành được xác nhận có kỹ năng số cơ bản trên VNeID: 68,5%.",
                "Người lao động trong doanh nghiệp, hợp tác xã ứng dụng được công nghệ: 81,3%.",
            ),
            _p(
                "Trong gần hai năm, toàn tỉnh đã tổ chức hơn 14.000 lớp, buổi hướng dẫn trực tiếp; "
                "hơn 210.000 người đăng ký học trên nền tảng “Bình dân học vụ số”. Nhiều cách làm "
                "hay được nhân rộng như chợ không dùng tiền mặt, lớp học chống lừa đảo ngày Chủ "
                "nhật, học sinh dạy ông bà, góc hỗ trợ số tại Trung tâm phục vụ hành chính công."
            ),
            _h("Những điểm còn khó"),
            _p(
                "Tỷ lệ người trưởng thành đạt yêu cầu ở 21 xã vùng cao vẫn dưới 75%, chủ yếu do "
                "sóng di động chưa ổn định, nhiều người đi làm ăn xa và một bộ phận người cao tuổi "
                "chưa có điện thoại thông minh. Chỉ tiêu xác nhận trên VNeID thấp hơn các chỉ tiêu "
                "khác vì nhiều người đã học nhưng chưa làm bài đánh giá."
            ),
            _quote(
                "Tháng cuối cùng, chúng ta không chạy theo con số. Ở đâu người dân đã học mà chưa "
                "được xác nhận thì tổ chức đánh giá ngay tại thôn; ở đâu chưa có sóng thì mang lớp "
                "học đến điểm có sóng.",
                "Ông Phạm Quốc Khánh, Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Lào Cai",
            ),
            _p(
                "Hội nghị thống nhất phát động <b>“Tháng cao điểm”</b> từ ngày 01 đến 31/12/2026, "
                "tập trung vào 21 xã còn khó khăn, với sự tăng cường của đoàn viên, giáo viên và "
                "cán bộ từ các xã, phường đã hoàn thành mục tiêu."
            ),
        ],
        published_on=date(2026, 11, 20),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_SKILLS, TAG_VNEID, TAG_COMMUNITY_TEAM],
        image_theme="meeting",
        image_alt="Minh hoạ: hội nghị sơ kết với màn hình hiển thị biểu đồ năm chỉ tiêu",
        unit_codes=["15"],
    ),
]


# ---------------------------------------------------------------------------------------------
# Mô hình hay, cách làm hiệu quả
# ---------------------------------------------------------------------------------------------

_PRACTICES: list[DemoArticle] = [
    DemoArticle(
        section="practices",
        slug="cho-4-0-thi-tran-yen-the-luc-yen",
        title="“Chợ 4.0” ở thị trấn Yên Thế: đi chợ không cần mang tiền lẻ",
        summary=(
            "Sau hai tháng, 168 trên 230 tiểu thương chợ trung tâm thị trấn Yên Thế (Lục Yên) đã "
            "nhận thanh toán bằng mã QR; người mua và người bán đều bớt lo tiền lẻ, tiền giả."
        ),
        body=[
            _p(
                "Chợ trung tâm thị trấn Yên Thế là nơi buôn bán sầm uất nhất huyện Lục Yên, họp "
                "hằng ngày, đông nhất vào các phiên cuối tuần khi bà con người Tày, Dao, Nùng từ "
                "các xã mang rau, măng, gà đồi xuống chợ. Từ tháng 4/2025, Đoàn Thanh niên thị "
                "trấn phối hợp với các ngân hàng trên địa bàn triển khai mô hình <b>“Chợ 4.0”</b>."
            ),
            _h("Cách làm"),
            _list(
                "Đoàn viên chia nhau phụ trách từng dãy hàng, đến tận sạp hướng dẫn tiểu thương mở "
                "tài khoản và in mã QR.",
                (
                    "Mỗi sạp được tặng một giá đỡ mã QR bằng mica, có ghi tên chủ sạp để người mua "
                    "đối chiếu."
                ),
                (
                    "Hướng dẫn tiểu thương bật thông báo biến động số dư, chỉ giao hàng khi đã "
                    "nhận được thông báo của ngân hàng."
                ),
                (
                    "Ban quản lý chợ thu phí dịch vụ hằng tháng bằng chuyển khoản, có biên lai "
                    "điện tử."
                ),
            ),
            _p(
                "Đến giữa tháng 6/2025, <b>168 trên tổng số 230 tiểu thương</b> (73%) đã nhận "
                "thanh toán không dùng tiền mặt. Nhiều người mua là công chức, giáo viên, thanh "
                "niên đi làm xa về quê nay chỉ cần mang điện thoại khi đi chợ."
            ),
            _quote(
                "Bán mớ rau năm nghìn mà khách đưa tờ năm trăm thì tôi chịu, không có tiền trả "
                "lại. Giờ khách quét mã, tiền về tài khoản là điện thoại kêu ngay, đỡ hẳn.",
                "Bà Hoàng Thị Nhung, tiểu thương bán rau ở chợ trung tâm thị trấn Yên Thế",
            ),
            _h("Lưu ý để không bị lừa"),
            _p(
                "Đoàn viên thường xuyên nhắc tiểu thương: không để người lạ dán đè mã QR khác lên "
                "mã của mình; không tin ảnh chụp màn hình “đã chuyển khoản” mà phải xem thông báo "
                "thật từ ngân hàng; không cung cấp mã xác thực cho bất kỳ ai."
            ),
            _p(
                "Mô hình đang được nhân rộng ra các chợ xã Khánh Hòa và Mường Lai. Ban quản lý chợ "
                "đặt mục tiêu đến cuối năm 2025 có ít nhất 90% tiểu thương cố định nhận thanh toán "
                "bằng mã QR."
            ),
        ],
        published_on=date(2025, 6, 25),
        author_unit="Báo Yên Bái",
        tags=[TAG_CASHLESS, TAG_SCAM],
        image_theme="market",
        image_alt="Minh hoạ: người mua quét mã QR trên giá đỡ tại sạp rau ở chợ",
        unit_codes=["04303"],
    ),
    DemoArticle(
        section="practices",
        slug="he-nay-chau-day-ong-ba-dung-dien-thoai",
        title="“Hè này, cháu dạy ông bà”: bài học số ấm áp ở Lương Thịnh",
        summary=(
            "240 học sinh trung học cơ sở ở xã Lương Thịnh dành kỳ nghỉ hè hướng dẫn 310 ông bà "
            "dùng điện thoại thông minh; mỗi cháu nhận một “sổ tay học trò” ghi lại tiến bộ của "
            "ông bà."
        ),
        body=[
            _p(
                "Ý tưởng bắt đầu từ một buổi sinh hoạt Đội cuối năm học: cô Tổng phụ trách hỏi cả "
                "trường có bao nhiêu bạn ở cùng ông bà, và ông bà đã biết gọi video cho bố mẹ các "
                "bạn đang đi làm ở xa chưa. Hơn một nửa số cánh tay giơ lên ở câu hỏi đầu, rất ít "
                "ở câu hỏi sau. Từ đó, mô hình <b>“Hè này, cháu dạy ông bà”</b> ra đời ở xã Lương "
                "Thịnh."
            ),
            _h("Mỗi tuần một bài, mỗi bài một việc có ích"),
            _list(
                "Tuần 1: gọi điện, gọi video, lưu số của con cháu.",
                "Tuần 2: chụp ảnh, gửi ảnh cho người thân, tăng cỡ chữ cho dễ đọc.",
                "Tuần 3: mở VNeID xem thẻ bảo hiểm y tế; nghe đài, xem thời tiết.",
                "Tuần 4: nhận biết cuộc gọi lạ, tin nhắn lừa đảo; không bấm đường dẫn lạ.",
                "Tuần 5: ông bà tự làm lại tất cả, cháu chỉ ngồi xem và chấm điểm.",
            ),
            _p(
                "Mỗi học sinh được phát một cuốn “sổ tay học trò”, trong đó ông bà là học trò và "
                "cháu là thầy giáo. Cuối hè, nhà trường tổ chức buổi “bế giảng” để các cặp ông bà "
                "– cháu cùng lên sân khấu biểu diễn một việc đã học. Có <b>240 học sinh và 310 ông "
                "bà</b> tham gia; 262 ông bà tự thực hiện được ít nhất bốn trong năm bài."
            ),
            _quote(
                "Cháu bảo bà bấm vào nút màu xanh, bà bấm nhầm mãi. Nhưng cháu không cáu, cứ kiên "
                "nhẫn chỉ lại. Bây giờ tối nào bà cũng gọi video cho bố mẹ cháu ở Bắc Ninh.",
                "Bà Lê Thị Hoa, 71 tuổi, xã Lương Thịnh",
            ),
            _p(
                "Em Nguyễn Minh Anh, học sinh lớp 8, chia sẻ điều em học được là phải nói chậm, "
                "nói ít thuật ngữ và để ông bà tự bấm thay vì làm hộ. Đó cũng là bài học mà tổ "
                "công nghệ số cộng đồng của xã đang áp dụng."
            ),
            _p(
                "Sở Giáo dục và Đào tạo đã đề nghị các trường trong tỉnh tham khảo mô hình này cho "
                "hoạt động hè năm 2026, đồng thời biên soạn mẫu “sổ tay học trò” để các trường "
                "dùng chung."
            ),
        ],
        published_on=date(2025, 8, 27),
        author_unit="UBND xã Lương Thịnh",
        tags=[TAG_ELDERLY, TAG_STUDENTS, TAG_SKILLS],
        image_theme="elderly",
        image_alt="Minh hoạ: cháu gái hướng dẫn bà gọi video trên điện thoại ở hiên nhà",
        unit_codes=["04537"],
    ),
    DemoArticle(
        section="practices",
        slug="nhom-tro-chuyen-truong-thon-xa-yen-binh",
        title="Nhóm trò chuyện của trưởng thôn: tin của xã đến từng nhà trong 15 phút",
        summary=(
            "Xã Yên Bình lập nhóm Zalo gồm 46 trưởng thôn, tổ trưởng tổ dân phố và cán bộ xã; "
            "thông báo quan trọng được chuyển đến người dân nhanh, đúng và có xác nhận đã nhận."
        ),
        body=[
            _p(
                "Sau khi sắp xếp đơn vị hành chính, xã Yên Bình (tỉnh Lào Cai) được hình thành từ "
                "thị trấn Yên Bình và các xã Tân Hương, Đại Đồng, Thịnh Hưng cũ. Địa bàn rộng, "
                "nhiều thôn mới thay đổi người phụ trách, việc truyền đạt thông tin bằng giấy mời "
                "hay loa truyền thanh không còn theo kịp."
            ),
            _p(
                "Từ tháng 8/2025, Ủy ban nhân dân xã lập một <b>nhóm trò chuyện trên Zalo</b> gồm "
                "46 trưởng thôn, tổ trưởng tổ dân phố và cán bộ phụ trách từng lĩnh vực. Mỗi "
                "trưởng thôn lại có nhóm riêng với các hộ trong thôn mình."
            ),
            _h("Ba quy tắc đơn giản"),
            _list(
                "Mỗi thông báo không quá năm dòng, nói rõ việc gì, ai cần làm, hạn khi nào, hỏi "
                "ai.",
                (
                    "Chỉ cán bộ được phân công mới đăng thông báo chính thức; mọi người khác trao "
                    "đổi ở phần trả lời."
                ),
                (
                    "Trưởng thôn bấm biểu tượng xác nhận khi đã chuyển tin cho thôn; sau 15 phút "
                    "chưa thấy, cán bộ gọi điện hỏi."
                ),
            ),
            _p(
                "Nhóm đã chứng minh hiệu quả trong đợt mưa lớn tháng 9/2025: cảnh báo sạt lở được "
                "chuyển tới tất cả các thôn trong vòng 15 phút, các hộ ở vùng nguy hiểm được di "
                "chuyển kịp thời. Lịch tiêm chủng, lịch thu thuế đất, hạn nộp hồ sơ hỗ trợ cũng "
                "đến tay người dân đầy đủ hơn."
            ),
            _quote(
                "Trước phải đạp xe đi báo từng nhà, có hôm mất cả buổi. Giờ nhắn một lần, nhà nào "
                "chưa xem thì tôi mới phải qua.",
                "Ông Phạm Văn Tiến, trưởng thôn ở xã Yên Bình",
            ),
            _h("Giữ an toàn cho nhóm"),
            _p(
                "Xã quy định không đăng số căn cước, ảnh giấy tờ cá nhân của người dân lên nhóm; "
                "không chia sẻ đường dẫn không rõ nguồn; chỉ quản trị viên được thêm thành viên "
                "mới. Các thông báo chính thức đồng thời được đăng trên trang thông tin của xã để "
                "người dân đối chiếu khi nghi ngờ tin giả mạo."
            ),
        ],
        published_on=date(2025, 10, 8),
        author_unit="UBND xã Yên Bình",
        tags=[TAG_COMMUNITY_TEAM, TAG_OFFICIALS],
        image_theme="phone",
        image_alt=(
            "Minh hoạ: trưởng thôn đọc thông báo của xã trên nhóm trò chuyện trong điện thoại"
        ),
        unit_codes=["04714"],
    ),
    DemoArticle(
        section="practices",
        slug="hop-tac-xa-che-shan-tuyet-suoi-giang-ban-hang-truc-tuyen",
        title="Chè Shan tuyết Suối Giàng xuống núi bằng đơn hàng trực tuyến",
        summary=(
            "Một hợp tác xã chè của đồng bào Mông ở khu vực Suối Giàng, xã Văn Chấn đã tăng gần "
            "gấp đôi doanh thu nhờ bán hàng trực tuyến, gắn mã truy xuất nguồn gốc và phát trực "
            "tiếp ngay trên đồi chè cổ thụ."
        ),
        body=[
            _p(
                "Những cây chè Shan tuyết cổ thụ ở Suối Giàng từ lâu đã nổi tiếng, nhưng đường xa, "
                "thông tin ít nên giá bán chưa tương xứng. Năm 2025, một hợp tác xã chè của đồng "
                "bào Mông ở khu vực Suối Giàng, nay thuộc xã Văn Chấn (tỉnh Lào Cai), quyết định "
                "thử đưa sản phẩm lên mạng."
            ),
            _h("Từng bước lên sàn"),
            _list(
                "Tham gia lớp tập huấn kỹ năng số cho người lao động hợp tác xã; hai thành viên "
                "trẻ được cử học sâu về bán hàng trực tuyến.",
                (
                    "Mở gian hàng trên sàn thương mại điện tử và trang bán hàng riêng, chụp ảnh "
                    "sản phẩm ngay tại vườn chè."
                ),
                "Gắn mã QR truy xuất nguồn gốc: khách quét là thấy vườn chè, ngày hái, ngày sao.",
                (
                    "Mỗi tối thứ bảy phát trực tiếp cảnh sao chè bằng chảo gang, trả lời câu hỏi "
                    "của khách."
                ),
                "Ký hợp đồng với bưu điện để lấy hàng tận xưởng, thu tiền qua tài khoản.",
            ),
            _p(
                "Trong mười tháng đầu năm 2025, hợp tác xã bán được khoảng <b>3,2 tấn chè khô</b>, "
                "trong đó 45% qua kênh trực tuyến; doanh thu tăng khoảng 90% so với cùng kỳ. Mười "
                "hai hộ thành viên có thêm việc làm ổn định ở khâu đóng gói."
            ),
            _quote(
                "Khách ở thành phố không chỉ mua chè, họ muốn biết chè được làm thế nào. Mình cho "
                "họ xem cây chè trăm tuổi, xem bà con hái chè, họ tin và quay lại mua nữa.",
                "Anh Vàng A Chứ, Giám đốc hợp tác xã chè ở khu vực Suối Giàng",
            ),
            _p(
                "Bài học từ hợp tác xã là không cần đầu tư lớn: một chiếc điện thoại tốt, một "
                "người trẻ chịu học và sự trung thực về chất lượng. Hợp tác xã đang hướng dẫn hai "
                "hợp tác xã chè khác trong xã mở gian hàng, chuẩn bị cho mùa chè xuân năm 2026."
            ),
        ],
        published_on=date(2025, 11, 26),
        author_unit="Liên minh Hợp tác xã tỉnh Lào Cai",
        tags=[TAG_ECOMMERCE, TAG_WORKERS, TAG_ETHNIC],
        image_theme="farm",
        image_alt=(
            "Minh hoạ: thành viên hợp tác xã phát trực tiếp bên chảo sao chè trên đồi chè cổ thụ"
        ),
        unit_codes=["04672"],
    ),
    DemoArticle(
        section="practices",
        slug="goc-ho-tro-so-tai-trung-tam-hanh-chinh-cong-cat-thinh",
        title="Góc hỗ trợ số ở xã Cát Thịnh: đến làm thủ tục, về biết tự làm",
        summary=(
            "Tại Trung tâm phục vụ hành chính công xã Cát Thịnh, góc hỗ trợ số với hai máy tính và "
            "đoàn viên trực giúp người dân tự nộp hồ sơ; tỷ lệ hồ sơ trực tuyến tăng từ 31% lên "
            "64% sau bốn tháng."
        ),
        body=[
            _p(
                "Bước vào Trung tâm phục vụ hành chính công xã Cát Thịnh, người dân thấy ngay một "
                "chiếc bàn dài đặt hai máy tính, một máy quét giấy tờ và tấm biển “Góc hỗ trợ số – "
                "Hỏi gì cũng được”. Đây là mô hình xã triển khai từ tháng 9/2025."
            ),
            _h("Cách vận hành"),
            _list(
                "Mỗi ngày có một đoàn viên hoặc công chức trực, mặc áo có chữ “Hỗ trợ số” để người "
                "dân dễ nhận ra.",
                (
                    "Người dân được hướng dẫn tự đăng nhập bằng tài khoản VNeID và tự điền tờ "
                    "khai; người trực chỉ giải thích, không làm thay."
                ),
                (
                    "Giấy tờ giấy được quét miễn phí; hướng dẫn người dân lưu kết quả vào kho dữ "
                    "liệu cá nhân để lần sau không phải nộp lại."
                ),
                "Treo bảng hướng dẫn bằng hình ảnh cho năm thủ tục người dân hay làm nhất.",
            ),
            _p(
                "Sau bốn tháng, tỷ lệ hồ sơ được nộp trực tuyến tại xã tăng từ 31% lên <b>64%</b>. "
                "Điều đáng mừng là nhiều người lần thứ hai đã tự làm ở nhà, không cần ra xã. Thời "
                "gian chờ tại quầy giảm rõ rệt vào các ngày đầu tuần."
            ),
            _quote(
                "Lần đầu tôi ra xin xác nhận cho con đi học, cậu đoàn viên bảo bác ngồi đây cháu "
                "chỉ cho. Lần sau tôi làm ở nhà, chiều đã có kết quả gửi về điện thoại.",
                "Ông Hà Văn Toản, người dân xã Cát Thịnh",
            ),
            _p(
                "Chi phí cho góc hỗ trợ không lớn: máy tính được điều chuyển từ các cơ quan cũ sau "
                "sắp xếp, bàn ghế tận dụng. Cái quý nhất là con người. Xã đã lập danh sách mười "
                "đoàn viên luân phiên trực, mỗi người được tập huấn hai buổi về dịch vụ công trực "
                "tuyến và kỹ năng giao tiếp với người cao tuổi."
            ),
            _p(
                "Theo hướng dẫn tại Chỉ thị số 12/CT-UBND của Chủ tịch Ủy ban nhân dân tỉnh, mô "
                "hình góc hỗ trợ số đang được khuyến khích triển khai tại tất cả Trung tâm phục vụ "
                "hành chính công cấp xã."
            ),
        ],
        published_on=date(2026, 1, 14),
        author_unit="UBND xã Cát Thịnh",
        tags=[TAG_PUBLIC_SERVICES, TAG_VNEID, TAG_OFFICIALS],
        image_theme="office",
        image_alt=(
            "Minh hoạ: đoàn viên áo xanh ngồi cạnh người dân lớn tuổi điền tờ khai trên máy tính"
        ),
        unit_codes=["04693"],
    ),
    DemoArticle(
        section="practices",
        slug="lop-chong-lua-dao-sang-chu-nhat-phuong-nam-cuong",
        title="Lớp chống lừa đảo sáng Chủ nhật ở phường Nam Cường",
        summary=(
            "Mỗi sáng Chủ nhật, Công an phường Nam Cường mở lớp 45 phút tại nhà văn hóa tổ dân "
            "phố, kể lại các vụ lừa đảo có thật trên địa bàn; sau 12 buổi, nhiều người đã tự nhận "
            "ra và báo lại các cuộc gọi giả mạo."
        ),
        body=[
            _p(
                "Năm 2025, trên địa bàn phường Nam Cường xảy ra nhiều vụ người dân bị lừa qua điện "
                "thoại: giả danh công an yêu cầu “cập nhật định danh”, giả nhân viên điện lực dọa "
                "cắt điện, tuyển cộng tác viên làm việc nhẹ lương cao. Người bị hại phần lớn là "
                "người cao tuổi và phụ nữ ở nhà nội trợ."
            ),
            _p(
                "Từ tháng 1/2026, Công an phường phối hợp với Hội Người cao tuổi và Hội Liên hiệp "
                "Phụ nữ mở <b>lớp chống lừa đảo sáng Chủ nhật</b>. Mỗi buổi 45 phút, tổ chức luân "
                "phiên tại nhà văn hóa các tổ dân phố, bắt đầu lúc 8 giờ để không ảnh hưởng việc "
                "đi chợ, đi lễ của bà con."
            ),
            _h("Một buổi học gồm gì?"),
            _list(
                "Kể lại một vụ lừa đảo có thật vừa xảy ra trong tỉnh, đã được xin phép và che "
                "thông tin người bị hại.",
                (
                    "Nghe lại đoạn ghi âm cuộc gọi giả mạo, cùng tìm những câu “báo động”: chuyển "
                    "tiền gấp, giữ bí mật, cài ứng dụng lạ."
                ),
                (
                    "Thực hành trên điện thoại: chặn số lạ, kiểm tra đường dẫn, tra cứu cảnh báo "
                    "lừa đảo trên trang chính thống."
                ),
                (
                    "Ghi nhớ ba câu: không chuyển tiền khi chưa gọi lại người thân; không đọc mã "
                    "xác thực cho ai; không cài ứng dụng theo hướng dẫn qua điện thoại."
                ),
            ),
            _p(
                "Sau <b>12 buổi</b> với khoảng 700 lượt người dự, Công an phường đã nhận 23 tin "
                "báo của người dân về các cuộc gọi, tin nhắn nghi lừa đảo. Ít nhất ba trường hợp "
                "đang chuẩn bị chuyển tiền đã kịp dừng lại nhờ người thân từng dự lớp nhắc nhở."
            ),
            _quote(
                "Chúng tôi không dạy lý thuyết. Cứ kể chuyện thật, người thật ở ngay tổ dân phố "
                "bên cạnh là bà con nhớ lâu nhất.",
                "Thiếu tá Trần Quang Huy, Phó Trưởng Công an phường Nam Cường",
            ),
            _p(
                "Phường đang ghi hình các buổi học thành video ngắn để phát trên nhóm trò chuyện "
                "của tổ dân phố, giúp người đi làm ngày Chủ nhật cũng xem được."
            ),
        ],
        published_on=date(2026, 4, 19),
        author_unit="Công an tỉnh Lào Cai",
        tags=[TAG_SCAM, TAG_ELDERLY],
        image_theme="security",
        image_alt=(
            "Minh hoạ: cán bộ công an nói chuyện với người cao tuổi tại nhà văn hóa tổ dân phố"
        ),
        unit_codes=["04273"],
    ),
    DemoArticle(
        section="practices",
        slug="video-huong-dan-tieng-mong-xa-pung-luong",
        title="Video hướng dẫn bằng tiếng Mông: “lớp học” trong túi áo ở Púng Luông",
        summary=(
            "Đoàn Thanh niên xã Púng Luông làm 24 video ngắn bằng tiếng Mông hướng dẫn dùng dịch "
            "vụ số, phát qua loa truyền thanh và nhóm trò chuyện của các thôn; nhiều người xem đi "
            "xem lại đến khi tự làm được."
        ),
        body=[
            _p(
                "Xã Púng Luông (tỉnh Lào Cai) được hình thành từ các xã La Pán Tẩn, Dế Su Phình, "
                "Púng Luông và Nậm Khắt cũ, nơi có những ruộng bậc thang đẹp nổi tiếng. Phần lớn "
                "người dân là đồng bào Mông; nhiều người lớn tuổi không đọc được chữ phổ thông nên "
                "tài liệu giấy ít tác dụng."
            ),
            _p(
                "Năm 2026, Đoàn Thanh niên xã nảy ra ý tưởng: thay vì phát tờ rơi, hãy làm "
                "<b>video ngắn bằng tiếng Mông</b>, mỗi video không quá ba phút, quay bằng điện "
                "thoại, người hướng dẫn là chính thanh niên trong bản. Đến tháng 8/2026 đã có 24 "
                "video."
            ),
            _h("Một số video được xem nhiều nhất"),
            _list(
                "Mở VNeID và xem thẻ bảo hiểm y tế của cả nhà.",
                "Nhận tiền bán lúa, bán thảo quả qua tài khoản; đọc tin báo số dư.",
                "Khi có người gọi xưng là công an, ngân hàng: làm gì, không làm gì.",
                "Đăng ký khai sinh cho con trên điện thoại.",
                "Xem dự báo thời tiết, cảnh báo mưa lũ.",
            ),
            _p(
                "Video được phát trên nhóm trò chuyện của các thôn và phát lại qua loa truyền "
                "thanh vào giờ cơm chiều. Cán bộ văn hóa xã cho biết một số video có hơn 2.000 "
                "lượt xem, nhiều người lưu lại để xem lúc đi nương."
            ),
            _quote(
                "Có cụ bảo xem video thấy cháu trong bản nói tiếng mình thì tin, không sợ bị lừa. "
                "Xem năm lần là cụ tự làm được.",
                "Anh Lý A Dơ, Bí thư Đoàn xã Púng Luông",
            ),
            _p(
                "Từ kinh nghiệm này, Sở Khoa học và Công nghệ đang phối hợp với các xã vùng cao để "
                "xây dựng kho video hướng dẫn bằng tiếng Mông, tiếng Dao, tiếng Tày, tiếng Thái, "
                "dùng chung cho toàn tỉnh và đăng tải trên Cổng thông tin phong trào."
            ),
        ],
        published_on=date(2026, 8, 12),
        author_unit="UBND xã Púng Luông",
        tags=[TAG_ETHNIC, TAG_COMMUNITY_TEAM, TAG_VNEID],
        image_theme="village",
        image_alt=(
            "Minh hoạ: thanh niên người Mông quay video hướng dẫn bằng điện thoại bên ruộng bậc "
            "thang"
        ),
        unit_codes=["04492"],
    ),
]


# ---------------------------------------------------------------------------------------------
# Nền tảng số (directory of real public platforms)
# ---------------------------------------------------------------------------------------------

_HOWTO = "Hướng dẫn cho người mới bắt đầu"
_WHO = "Dành cho ai?"
_SAFETY = "Lưu ý an toàn"

_PLATFORMS: list[DemoArticle] = [
    DemoArticle(
        section="platforms",
        slug="cong-dich-vu-cong-quoc-gia",
        title="Cổng Dịch vụ công quốc gia: làm thủ tục hành chính ngay tại nhà",
        summary=(
            "Một địa chỉ duy nhất để tra cứu, nộp hồ sơ, thanh toán lệ phí và nhận kết quả của "
            "hàng nghìn thủ tục hành chính, từ đăng ký khai sinh đến cấp phiếu lý lịch tư pháp."
        ),
        body=[
            _p(
                "<b>Cổng Dịch vụ công quốc gia</b> tại địa chỉ <a "
                'href="https://dichvucong.gov.vn">dichvucong.gov.vn</a> là nơi người dân và doanh '
                "nghiệp tìm hiểu, nộp hồ sơ trực tuyến cho thủ tục của các bộ, ngành và địa phương "
                "trên cả nước. Cổng kết nối với dữ liệu dân cư nên nhiều thông tin được điền sẵn, "
                "nhiều giấy tờ không phải nộp lại. Người dân cũng có thể gửi phản ánh, kiến nghị "
                "về thủ tục hành chính ngay trên Cổng."
            ),
            _h(_WHO),
            _p(
                "Mọi công dân từ đủ 14 tuổi có tài khoản định danh điện tử, các hộ kinh doanh, "
                "doanh nghiệp, hợp tác xã. Người chưa quen có thể nhờ cán bộ tại Trung tâm phục vụ "
                "hành chính công xã, phường hướng dẫn lần đầu."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Chuẩn bị",
                    (
                        "Có tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID, điện thoại "
                        "dùng số chính chủ và ảnh chụp rõ nét các giấy tờ cần nộp."
                    ),
                ),
                (
                    "Đăng nhập",
                    (
                        "Truy cập dichvucong.gov.vn, bấm “Đăng nhập”, chọn đăng nhập bằng tài "
                        "khoản định danh điện tử rồi làm theo hướng dẫn trên màn hình và xác nhận "
                        "trên ứng dụng VNeID."
                    ),
                ),
                (
                    "Tìm đúng thủ tục",
                    (
                        "Gõ tên việc cần làm, ví dụ “đăng ký khai sinh”, vào ô tìm kiếm; chọn tỉnh "
                        "Lào Cai và xã, phường nơi bạn cư trú làm nơi giải quyết."
                    ),
                ),
                (
                    "Điền tờ khai",
                    (
                        "Kiểm tra các thông tin đã được điền sẵn, bổ sung phần còn thiếu, đính kèm "
                        "ảnh giấy tờ theo yêu cầu."
                    ),
                ),
                (
                    "Nộp và ghi lại mã hồ sơ",
                    (
                        "Bấm nộp, ghi lại mã hồ sơ hoặc chụp màn hình; thanh toán phí, lệ phí trực "
                        "tuyến nếu thủ tục có thu."
                    ),
                ),
                (
                    "Theo dõi, nhận kết quả",
                    (
                        "Vào mục quản lý hồ sơ để xem hồ sơ đang ở bước nào; nhận kết quả điện tử "
                        "hoặc nhận bản giấy theo hình thức bạn đã chọn."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Luôn kiểm tra địa chỉ trang phải kết thúc bằng <b>.gov.vn</b>. Cơ quan nhà nước "
                "không bao giờ yêu cầu bạn chuyển lệ phí vào tài khoản cá nhân hay đọc mã xác thực "
                "qua điện thoại."
            ),
        ],
        published_on=date(2025, 7, 22),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_PUBLIC_SERVICES, TAG_VNEID],
        image_theme="office",
        image_alt="Minh hoạ: người dân nộp hồ sơ trực tuyến trên máy tính tại nhà",
        platform_name="Cổng Dịch vụ công quốc gia",
        platform_url="https://dichvucong.gov.vn",
        audience=(
            "Mọi người dân có tài khoản định danh điện tử, hộ kinh doanh, doanh nghiệp và hợp tác "
            "xã cần làm thủ tục hành chính."
        ),
        category="Dịch vụ công",
    ),
    DemoArticle(
        section="platforms",
        slug="ung-dung-dinh-danh-dien-tu-vneid",
        title="Ứng dụng VNeID: giấy tờ của bạn nằm gọn trong điện thoại",
        summary=(
            "Ứng dụng định danh điện tử của Bộ Công an giúp chứng minh danh tính, xem giấy tờ đã "
            "tích hợp và làm nhiều thủ tục mà không cần mang bản giấy."
        ),
        body=[
            _p(
                "<b>VNeID</b> là ứng dụng định danh và xác thực điện tử do Bộ Công an xây dựng "
                "theo Đề án 06. Khi có tài khoản mức độ 2, bạn có thể dùng thẻ căn cước điện tử "
                "thay thẻ vật lý trong nhiều giao dịch, xem giấy phép lái xe, thẻ bảo hiểm y tế đã "
                "tích hợp, thông báo lưu trú, đề nghị cấp phiếu lý lịch tư pháp và đăng nhập các "
                "cổng dịch vụ công. Thông tin chính thức về ứng dụng có tại <a "
                'href="https://vneid.gov.vn">vneid.gov.vn</a>.'
            ),
            _h(_WHO),
            _p(
                "Mọi công dân Việt Nam đã có thẻ căn cước hoặc căn cước công dân gắn chip. Tài "
                "khoản của trẻ em có thể được tích hợp vào tài khoản của cha, mẹ."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Đăng ký tài khoản mức độ 2",
                    (
                        "Mang thẻ căn cước và điện thoại dùng số chính chủ đến Công an xã, phường "
                        "nơi cư trú hoặc đăng ký ngay khi làm thẻ căn cước."
                    ),
                ),
                (
                    "Tải ứng dụng",
                    (
                        "Mở kho ứng dụng App Store (iPhone) hoặc CH Play (Android), tìm “VNeID”, "
                        "cài đúng ứng dụng của Bộ Công an."
                    ),
                ),
                (
                    "Kích hoạt",
                    (
                        "Mở ứng dụng, chọn kích hoạt tài khoản, nhập số định danh cá nhân (12 số "
                        "trên thẻ căn cước) và số điện thoại, nhập mã kích hoạt nhận qua tin nhắn."
                    ),
                ),
                (
                    "Đặt mật khẩu và mã bảo vệ",
                    (
                        "Đặt mật khẩu đủ mạnh và mã bảo vệ sáu số; ghi vào sổ, cất nơi kín đáo, "
                        "không lưu trong điện thoại."
                    ),
                ),
                (
                    "Xem giấy tờ",
                    (
                        "Vào mục ví giấy tờ để xem thẻ căn cước điện tử, giấy phép lái xe, thẻ bảo "
                        "hiểm y tế đã được tích hợp."
                    ),
                ),
                (
                    "Làm thủ tục",
                    (
                        "Chọn mục thủ tục hành chính để thông báo lưu trú, đề nghị cấp phiếu lý "
                        "lịch tư pháp hoặc các dịch vụ đang được cung cấp."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Công an không gọi điện hay gửi đường dẫn yêu cầu bạn “cập nhật”, “nâng cấp” tài "
                "khoản định danh. Tuyệt đối không đọc mã kích hoạt, mật khẩu, mã bảo vệ cho bất kỳ "
                "ai, kể cả người xưng là cán bộ."
            ),
        ],
        published_on=date(2025, 4, 2),
        author_unit="Công an tỉnh Yên Bái",
        tags=[TAG_VNEID, TAG_PUBLIC_SERVICES],
        image_theme="phone",
        image_alt="Minh hoạ: thẻ căn cước điện tử hiển thị trên màn hình điện thoại",
        platform_name="Ứng dụng định danh điện tử VNeID",
        platform_url="https://vneid.gov.vn",
        audience=(
            "Mọi công dân Việt Nam có thẻ căn cước, căn cước công dân gắn chip; cha mẹ quản lý "
            "thông tin của con nhỏ."
        ),
        category="Định danh điện tử",
    ),
    DemoArticle(
        section="platforms",
        slug="he-thong-giai-quyet-thu-tuc-hanh-chinh-tinh-lao-cai",
        title="Cổng dịch vụ công tỉnh Lào Cai: nộp và tra cứu hồ sơ của tỉnh, xã, phường",
        summary=(
            "Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh Lào Cai tiếp nhận hồ sơ do "
            "các sở, ngành và 99 xã, phường giải quyết; ai cũng tra cứu được tình trạng hồ sơ bằng "
            "mã hồ sơ."
        ),
        body=[
            _p(
                "<b>Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Lào Cai</b> tại <a "
                'href="https://dichvucong.laocai.gov.vn">dichvucong.laocai.gov.vn</a> là nơi tiếp '
                "nhận, xử lý và trả kết quả các hồ sơ thuộc thẩm quyền của cơ quan trong tỉnh. Hồ "
                "sơ nộp tại quầy của Trung tâm phục vụ hành chính công cũng được số hóa và theo "
                "dõi trên hệ thống này, vì vậy người dân luôn tra cứu được hồ sơ của mình đang ở "
                "đâu."
            ),
            _h(_WHO),
            _p(
                "Người dân, hộ kinh doanh, doanh nghiệp có thủ tục do các sở, ngành của tỉnh hoặc "
                "Ủy ban nhân dân xã, phường trên địa bàn tỉnh Lào Cai giải quyết, kể cả người đang "
                "sống ở nơi khác nhưng có việc cần làm tại quê nhà."
            ),
            _h(_HOWTO),
            _steps(
                ("Truy cập", "Mở trình duyệt, gõ chính xác dichvucong.laocai.gov.vn."),
                (
                    "Tra cứu không cần đăng nhập",
                    (
                        "Nhập mã hồ sơ ghi trên giấy tiếp nhận vào ô tra cứu để biết hồ sơ đã được "
                        "xử lý đến bước nào và dự kiến ngày trả kết quả."
                    ),
                ),
                (
                    "Đăng nhập để nộp hồ sơ",
                    (
                        "Chọn đăng nhập bằng tài khoản định danh điện tử VNeID; hệ thống sẽ chuyển "
                        "qua bước xác thực của Cổng Dịch vụ công quốc gia."
                    ),
                ),
                (
                    "Chọn cơ quan và thủ tục",
                    (
                        "Chọn xã, phường hoặc sở, ngành giải quyết; đọc kỹ thành phần hồ sơ, thời "
                        "hạn và lệ phí trước khi nộp."
                    ),
                ),
                (
                    "Nộp, thanh toán, nhận kết quả",
                    (
                        "Đính kèm giấy tờ, nộp hồ sơ, thanh toán trực tuyến nếu có; nhận kết quả "
                        "điện tử hoặc đến Trung tâm phục vụ hành chính công nhận bản giấy."
                    ),
                ),
                (
                    "Đánh giá",
                    (
                        "Sau khi nhận kết quả, hãy đánh giá mức độ hài lòng để giúp cơ quan giải "
                        "quyết phục vụ tốt hơn."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Không nhờ người lạ nộp hộ hồ sơ và không đưa mật khẩu tài khoản định danh cho "
                "“dịch vụ làm nhanh”. Nếu cần giúp, hãy đến góc hỗ trợ tại Trung tâm phục vụ hành "
                "chính công xã, phường: cán bộ sẽ hướng dẫn miễn phí."
            ),
        ],
        published_on=date(2025, 7, 15),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_PUBLIC_SERVICES, TAG_OFFICIALS],
        image_theme="office",
        image_alt="Minh hoạ: người dân tra cứu hồ sơ bằng mã hồ sơ trên điện thoại",
        platform_name="Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Lào Cai",
        platform_url="https://dichvucong.laocai.gov.vn",
        audience=(
            "Người dân, hộ kinh doanh và doanh nghiệp có thủ tục do các cơ quan của tỉnh Lào Cai "
            "hoặc xã, phường giải quyết."
        ),
        category="Dịch vụ công",
    ),
    DemoArticle(
        section="platforms",
        slug="vssid-bao-hiem-xa-hoi-so",
        title="VssID – Bảo hiểm xã hội số: thẻ bảo hiểm y tế luôn theo bạn",
        summary=(
            "Ứng dụng của Bảo hiểm xã hội Việt Nam giúp xem thẻ bảo hiểm y tế điện tử, tra cứu quá "
            "trình đóng bảo hiểm và lịch sử khám chữa bệnh ngay trên điện thoại."
        ),
        body=[
            _p(
                "<b>VssID</b> là ứng dụng “Bảo hiểm xã hội số” của Bảo hiểm xã hội Việt Nam. Với "
                "ứng dụng, bạn có thể dùng thẻ bảo hiểm y tế trên điện thoại khi đi khám bệnh, tra "
                "cứu quá trình đóng bảo hiểm xã hội, bảo hiểm thất nghiệp, xem lịch sử khám chữa "
                "bệnh có bảo hiểm y tế và tìm điểm thu, cơ sở khám chữa bệnh gần nhất. Thông tin "
                'chính thức có tại <a href="https://baohiemxahoi.gov.vn">baohiemxahoi.gov.vn</a>.'
            ),
            _h(_WHO),
            _p(
                "Người lao động, người tham gia bảo hiểm xã hội tự nguyện, người có thẻ bảo hiểm y "
                "tế như hộ gia đình, học sinh, người dân tộc thiểu số vùng khó khăn, người cao "
                "tuổi."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Tải ứng dụng",
                    (
                        "Tìm “VssID” trên App Store hoặc CH Play; chọn đúng ứng dụng của Bảo hiểm "
                        "xã hội Việt Nam."
                    ),
                ),
                (
                    "Đăng nhập",
                    (
                        "Chọn đăng nhập bằng tài khoản định danh điện tử VNeID và xác nhận trên "
                        "ứng dụng VNeID; hoặc đăng nhập bằng mã số bảo hiểm xã hội và mật khẩu nếu "
                        "bạn đã có."
                    ),
                ),
                (
                    "Xem thẻ bảo hiểm y tế",
                    (
                        "Mở mục thẻ bảo hiểm y tế để xem thông tin thẻ, hạn sử dụng, nơi đăng ký "
                        "khám chữa bệnh ban đầu."
                    ),
                ),
                (
                    "Tra cứu quá trình tham gia",
                    (
                        "Xem số tháng đã đóng bảo hiểm xã hội, bảo hiểm thất nghiệp; báo ngay cho "
                        "đơn vị sử dụng lao động nếu thấy thiếu."
                    ),
                ),
                (
                    "Tra cứu lịch sử khám chữa bệnh",
                    (
                        "Xem các lần khám, chi phí được quỹ bảo hiểm y tế chi trả để kiểm tra và "
                        "phát hiện sai sót."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Cơ quan bảo hiểm xã hội không gọi điện yêu cầu nộp tiền để “nhận chế độ”, “hoàn "
                "tiền bảo hiểm”. Mọi khoản chi trả chỉ qua tài khoản chính chủ của bạn hoặc tại "
                "điểm chi trả chính thức."
            ),
        ],
        published_on=date(2025, 5, 14),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_HEALTH, TAG_PUBLIC_SERVICES],
        image_theme="phone",
        image_alt="Minh hoạ: thẻ bảo hiểm y tế điện tử trên ứng dụng điện thoại",
        platform_name="VssID – Bảo hiểm xã hội số",
        platform_url="https://baohiemxahoi.gov.vn",
        audience=(
            "Người lao động, người tham gia bảo hiểm xã hội tự nguyện và mọi người có thẻ bảo hiểm "
            "y tế."
        ),
        category="Y tế",
    ),
    DemoArticle(
        section="platforms",
        slug="so-suc-khoe-dien-tu-tren-vneid",
        title="Sổ sức khỏe điện tử trên VNeID: hồ sơ khám bệnh của cả đời",
        summary=(
            "Sổ sức khỏe điện tử được tích hợp trong ứng dụng VNeID, giúp bạn xem thông tin khám "
            "chữa bệnh, tiêm chủng và mang theo khi đi khám ở bất cứ đâu."
        ),
        body=[
            _p(
                "<b>Sổ sức khỏe điện tử</b> là nơi ghi lại thông tin sức khỏe của mỗi người: thông "
                "tin hành chính, tiền sử bệnh, các lần khám chữa bệnh, tiêm chủng, một số kết quả "
                "khám sức khỏe. Sổ được Bộ Y tế và Bộ Công an phối hợp đưa lên ứng dụng VNeID (<a "
                'href="https://vneid.gov.vn">vneid.gov.vn</a>), dữ liệu do các cơ sở khám chữa '
                "bệnh cập nhật."
            ),
            _p(
                "Khi đi khám ở nơi khác, bác sĩ có thể tham khảo lịch sử bệnh của bạn, tránh làm "
                "lại xét nghiệm không cần thiết. Bạn cũng dễ theo dõi lịch tiêm chủng của con."
            ),
            _h(_WHO),
            _p(
                "Mọi người đã có tài khoản định danh điện tử mức độ 2, đặc biệt là người cao tuổi, "
                "người mắc bệnh mạn tính cần khám định kỳ và cha mẹ có con nhỏ."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Đăng nhập VNeID",
                    "Mở ứng dụng VNeID, đăng nhập bằng số định danh cá nhân và mật khẩu.",
                ),
                (
                    "Tìm Sổ sức khỏe điện tử",
                    (
                        "Tìm mục “Sổ sức khỏe điện tử” trong ứng dụng, có thể dùng ô tìm kiếm của "
                        "ứng dụng nếu chưa thấy ngay."
                    ),
                ),
                (
                    "Đồng ý điều khoản",
                    (
                        "Đọc và xác nhận đồng ý chia sẻ thông tin; nếu được hỏi, nhập mã bảo vệ "
                        "sáu số."
                    ),
                ),
                (
                    "Xem thông tin",
                    (
                        "Xem lần lượt các phần: thông tin chung, lịch sử khám chữa bệnh, tiêm "
                        "chủng. Báo cơ sở y tế nếu thấy thông tin sai."
                    ),
                ),
                (
                    "Dùng khi đi khám",
                    "Mở sổ trên điện thoại khi bác sĩ cần xem lại tiền sử bệnh, thuốc đang dùng.",
                ),
            ),
            _h(_SAFETY),
            _p(
                "Thông tin sức khỏe là dữ liệu cá nhân nhạy cảm. Đừng chụp màn hình sổ sức khỏe "
                "gửi lên mạng xã hội hoặc cho người lạ, kể cả người tự xưng là nhân viên y tế qua "
                "điện thoại."
            ),
        ],
        published_on=date(2025, 10, 22),
        author_unit="Sở Y tế",
        tags=[TAG_HEALTH, TAG_VNEID, TAG_ELDERLY],
        image_theme="elderly",
        image_alt="Minh hoạ: bác sĩ xem sổ sức khỏe điện tử trên điện thoại của bệnh nhân cao tuổi",
        platform_name="Sổ sức khỏe điện tử trên VNeID",
        platform_url="https://vneid.gov.vn",
        audience=(
            "Người có tài khoản định danh điện tử mức độ 2; hữu ích nhất với người cao tuổi, người "
            "bệnh mạn tính và cha mẹ có con nhỏ."
        ),
        category="Y tế",
    ),
    DemoArticle(
        section="platforms",
        slug="etax-mobile-nop-thue-tren-dien-thoai",
        title="eTax Mobile: tra cứu và nộp thuế trên điện thoại",
        summary=(
            "Ứng dụng của ngành thuế giúp cá nhân, hộ kinh doanh tra cứu nghĩa vụ thuế, nộp thuế "
            "đất, lệ phí trước bạ và nhiều khoản khác qua tài khoản ngân hàng mà không phải ra "
            "ngân hàng hay cơ quan thuế."
        ),
        body=[
            _p(
                "<b>eTax Mobile</b> là ứng dụng thuế điện tử dành cho cá nhân của ngành thuế. Ứng "
                "dụng cho phép tra cứu số thuế phải nộp, nộp thuế trực tuyến qua ngân hàng liên "
                "kết, tra cứu chứng từ, hồ sơ quyết toán thuế thu nhập cá nhân. Trang thuế điện tử "
                "dành cho cá nhân trên máy tính có địa chỉ <a "
                'href="https://canhan.gdt.gov.vn">canhan.gdt.gov.vn</a>.'
            ),
            _p(
                "Từ ngày 01/07/2025, số định danh cá nhân được dùng thay cho mã số thuế của cá "
                "nhân, nên người dân chỉ cần nhớ số căn cước của mình."
            ),
            _h(_WHO),
            _p(
                "Người có đất ở phải nộp thuế sử dụng đất phi nông nghiệp, người mua xe cần nộp lệ "
                "phí trước bạ, người làm công ăn lương tự quyết toán thuế thu nhập cá nhân, hộ "
                "kinh doanh nộp thuế khoán."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Tải ứng dụng",
                    (
                        "Tìm “eTax Mobile” trên App Store hoặc CH Play, kiểm tra nhà phát triển là "
                        "cơ quan thuế."
                    ),
                ),
                (
                    "Đăng nhập",
                    (
                        "Đăng nhập bằng số định danh cá nhân và mật khẩu thuế điện tử; nếu ứng "
                        "dụng có tùy chọn, bạn có thể đăng nhập bằng tài khoản định danh điện tử "
                        "VNeID."
                    ),
                ),
                (
                    "Tra cứu nghĩa vụ thuế",
                    "Chọn mục tra cứu nghĩa vụ thuế để xem các khoản còn phải nộp, hạn nộp.",
                ),
                (
                    "Nộp thuế",
                    (
                        "Chọn khoản cần nộp, chọn ngân hàng đã liên kết, kiểm tra số tiền và xác "
                        "nhận bằng mã của ngân hàng."
                    ),
                ),
                (
                    "Lưu chứng từ",
                    "Tải hoặc chụp lại chứng từ nộp thuế điện tử để đối chiếu khi cần.",
                ),
            ),
            _h(_SAFETY),
            _p(
                "Kẻ gian hay giả danh cán bộ thuế, gửi đường dẫn cài “ứng dụng thuế” để chiếm đoạt "
                "tài khoản ngân hàng. Chỉ cài eTax Mobile từ kho ứng dụng chính thức; khi nghi "
                "ngờ, hãy gọi cơ quan thuế nơi bạn cư trú để hỏi."
            ),
        ],
        published_on=date(2025, 8, 6),
        author_unit="Thuế tỉnh Lào Cai",
        tags=[TAG_CASHLESS, TAG_PUBLIC_SERVICES],
        image_theme="phone",
        image_alt="Minh hoạ: người dân xác nhận nộp thuế đất trên ứng dụng điện thoại",
        platform_name="eTax Mobile – Thuế điện tử cho cá nhân",
        platform_url="https://canhan.gdt.gov.vn",
        audience="Cá nhân nộp thuế đất, lệ phí trước bạ, thuế thu nhập cá nhân và hộ kinh doanh.",
        category="Thanh toán",
    ),
    DemoArticle(
        section="platforms",
        slug="cong-thong-tin-dien-tu-tinh-lao-cai",
        title="Cổng Thông tin điện tử tỉnh Lào Cai: nguồn tin chính thống của tỉnh",
        summary=(
            "Nơi đăng tải tin tức, văn bản chỉ đạo, điều hành, thông báo của chính quyền tỉnh; "
            "người dân dùng để kiểm chứng tin đồn và tìm thông tin về xã, phường mới."
        ),
        body=[
            _p(
                "<b>Cổng Thông tin điện tử tỉnh Lào Cai</b> tại <a "
                'href="https://www.laocai.gov.vn">www.laocai.gov.vn</a> là kênh thông tin chính '
                "thức của Ủy ban nhân dân tỉnh. Tại đây có tin tức về hoạt động của tỉnh, văn bản "
                "chỉ đạo, điều hành, thông báo, lịch tiếp công dân và đường dẫn tới các hệ thống "
                "dịch vụ công."
            ),
            _p(
                "Sau khi hợp nhất tỉnh và sắp xếp xã, phường từ ngày 01/07/2025, đây cũng là nơi "
                "đáng tin cậy để tra cứu tên, địa giới và thông tin liên hệ của các đơn vị mới."
            ),
            _h(_WHO),
            _p(
                "Người dân muốn kiểm chứng một thông tin nghe được, cán bộ cần tra cứu văn bản, "
                "doanh nghiệp tìm hiểu chính sách, du khách tìm thông tin về tỉnh."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Truy cập đúng địa chỉ",
                    "Gõ www.laocai.gov.vn trên trình duyệt; lưu vào dấu trang để lần sau mở nhanh.",
                ),
                (
                    "Đọc tin mới",
                    "Các tin nổi bật nằm ở đầu trang; bấm vào tiêu đề để đọc toàn bài.",
                ),
                (
                    "Tìm văn bản",
                    (
                        "Vào mục văn bản, gõ số hoặc từ khóa của văn bản, ví dụ “Bình dân học vụ "
                        "số”, để tìm và tải về."
                    ),
                ),
                (
                    "Tìm thông tin xã, phường",
                    (
                        "Dùng ô tìm kiếm để tìm tên xã, phường của bạn và thông tin liên hệ của Ủy "
                        "ban nhân dân."
                    ),
                ),
                (
                    "Kiểm chứng tin đồn",
                    (
                        "Khi thấy thông báo lạ lan truyền trên mạng, hãy tìm xem Cổng có đăng "
                        "thông tin đó không trước khi tin và chia sẻ."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Trang giả mạo thường có địa chỉ gần giống nhưng không kết thúc bằng "
                "<b>.gov.vn</b>. Thông tin nào chỉ thấy trên mạng xã hội mà không có trên Cổng thì "
                "cần thận trọng."
            ),
        ],
        published_on=date(2025, 7, 8),
        author_unit="Văn phòng Ủy ban nhân dân tỉnh Lào Cai",
        tags=[TAG_DOCS, TAG_SCAM],
        image_theme="office",
        image_alt="Minh hoạ: trang chủ cổng thông tin tỉnh trên màn hình máy tính",
        platform_name="Cổng Thông tin điện tử tỉnh Lào Cai",
        platform_url="https://www.laocai.gov.vn",
        audience=(
            "Mọi người dân, cán bộ, doanh nghiệp và du khách cần thông tin chính thống của tỉnh "
            "Lào Cai."
        ),
        category="Thông tin, phản ánh",
    ),
    DemoArticle(
        section="platforms",
        slug="nen-tang-hoc-truc-tuyen-binh-dan-hoc-vu-so",
        title="Nền tảng “Bình dân học vụ số”: học kỹ năng số miễn phí, học mọi lúc",
        summary=(
            "Nền tảng học trực tuyến mở đại trà của phong trào có hàng nghìn khóa học ngắn cho "
            "từng nhóm đối tượng, phục vụ hàng trăm nghìn người học cùng lúc, hoàn toàn miễn phí."
        ),
        body=[
            _p(
                "<b>Nền tảng “Bình dân học vụ số”</b> tại <a "
                'href="https://binhdanhocvuso.gov.vn">binhdanhocvuso.gov.vn</a> là nền tảng học '
                "trực tuyến mở đại trà phục vụ phong trào trên cả nước. Nền tảng được thiết kế cho "
                "khoảng 400.000 người học cùng lúc, với hơn 3.000 khóa học được xây dựng theo "
                "khung kiến thức, kỹ năng số cơ bản của Bộ Khoa học và Công nghệ."
            ),
            _p(
                "Bài học được chia nhỏ, phần lớn là video ngắn và câu hỏi thực hành, phù hợp để "
                "học trên điện thoại trong lúc rảnh."
            ),
            _h(_WHO),
            _p(
                "Cán bộ, công chức, viên chức; học sinh, sinh viên; người dân; người lao động "
                "trong doanh nghiệp, hợp tác xã. Người chưa quen có thể nhờ tổ công nghệ số cộng "
                "đồng ở thôn, tổ dân phố giúp đăng ký lần đầu."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Truy cập",
                    "Mở trình duyệt trên điện thoại hoặc máy tính, gõ binhdanhocvuso.gov.vn.",
                ),
                (
                    "Đăng ký, đăng nhập",
                    (
                        "Làm theo hướng dẫn trên trang để đăng ký và đăng nhập; nên dùng tài khoản "
                        "định danh điện tử để kết quả học tập được ghi nhận đúng người."
                    ),
                ),
                (
                    "Chọn nhóm và khóa học",
                    (
                        "Chọn nhóm đối tượng của bạn, bắt đầu với các khóa cơ bản như dùng điện "
                        "thoại an toàn, dịch vụ công trực tuyến, phòng chống lừa đảo."
                    ),
                ),
                (
                    "Học và làm bài",
                    "Xem từng bài, làm câu hỏi cuối bài; có thể dừng lại và học tiếp vào hôm khác.",
                ),
                (
                    "Hoàn thành, được xác nhận",
                    (
                        "Làm bài đánh giá cuối khóa theo hướng dẫn để kết quả được ghi nhận và xác "
                        "nhận theo quy định."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Học trên nền tảng hoàn toàn <b>miễn phí</b>. Người nào thu tiền để “cấp chứng chỉ "
                "Bình dân học vụ số” hay “đăng ký học hộ” là có dấu hiệu lừa đảo, hãy báo ngay cho "
                "Công an xã, phường."
            ),
        ],
        published_on=date(2025, 10, 6),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_SKILLS, TAG_COMPETENCE],
        image_theme="classroom",
        image_alt=(
            "Minh hoạ: người dân học khóa học ngắn trên điện thoại, màn hình có biểu tượng video "
            "bài giảng"
        ),
        platform_name="Nền tảng học trực tuyến mở đại trà “Bình dân học vụ số”",
        platform_url="https://binhdanhocvuso.gov.vn",
        audience=(
            "Bốn nhóm đối tượng của phong trào: cán bộ, công chức, viên chức; học sinh, sinh viên; "
            "người dân; người lao động."
        ),
        category="Giáo dục",
    ),
    DemoArticle(
        section="platforms",
        slug="cong-canh-bao-an-toan-thong-tin-khong-gian-mang",
        title="Cổng cảnh báo an toàn thông tin: tra cứu trước khi tin, báo ngay khi nghi ngờ",
        summary=(
            "Trang cảnh báo chính thống về các thủ đoạn lừa đảo trực tuyến mới nhất, cho phép "
            "người dân tra cứu đường dẫn nghi vấn và gửi phản ánh."
        ),
        body=[
            _p(
                "<b>Cổng cảnh báo an toàn thông tin</b> tại <a "
                'href="https://canhbao.khonggianmang.vn">canhbao.khonggianmang.vn</a> là trang '
                "chính thống đăng tải các cảnh báo về lừa đảo trực tuyến, mã độc, trang web giả "
                "mạo. Người dân có thể tra cứu một đường dẫn, trang web đáng ngờ và gửi phản ánh "
                "khi phát hiện dấu hiệu lừa đảo."
            ),
            _h(_WHO),
            _p(
                "Tất cả mọi người dùng điện thoại, mạng xã hội, tài khoản ngân hàng; đặc biệt hữu "
                "ích với tổ công nghệ số cộng đồng, giáo viên, cán bộ làm công tác tuyên truyền "
                "cần cập nhật thủ đoạn mới để nhắc nhở người dân."
            ),
            _h(_HOWTO),
            _steps(
                ("Truy cập", "Gõ chính xác canhbao.khonggianmang.vn trên trình duyệt."),
                (
                    "Đọc cảnh báo mới",
                    "Xem các bài cảnh báo ở trang chủ để biết những chiêu lừa đang phổ biến.",
                ),
                (
                    "Tra cứu",
                    (
                        "Dán đường dẫn hoặc tên trang web nghi vấn vào ô tra cứu để xem đã bị cảnh "
                        "báo chưa."
                    ),
                ),
                (
                    "Gửi phản ánh",
                    (
                        "Dùng chức năng phản ánh trên trang, mô tả ngắn gọn sự việc, đính kèm ảnh "
                        "chụp tin nhắn hoặc trang web."
                    ),
                ),
                (
                    "Nếu đã lỡ chuyển tiền",
                    (
                        "Gọi ngay tổng đài ngân hàng của bạn đề nghị tạm khóa giao dịch, rồi đến "
                        "Công an xã, phường gần nhất trình báo, mang theo ảnh chụp và sao kê."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Ghi nhớ: không chuyển tiền khi chưa gọi lại trực tiếp cho người thân; không đọc "
                "mã xác thực cho ai; không cài ứng dụng theo hướng dẫn của người lạ qua điện thoại."
            ),
        ],
        published_on=date(2025, 12, 3),
        author_unit="Công an tỉnh Lào Cai",
        tags=[TAG_SCAM, TAG_SKILLS],
        image_theme="security",
        image_alt="Minh hoạ: biểu tượng chiếc khiên bảo vệ điện thoại trước tin nhắn lừa đảo",
        platform_name="Cổng cảnh báo an toàn thông tin",
        platform_url="https://canhbao.khonggianmang.vn",
        audience=(
            "Mọi người dùng điện thoại, mạng xã hội, tài khoản ngân hàng; người làm công tác tuyên "
            "truyền phòng chống lừa đảo."
        ),
        category="Thông tin, phản ánh",
    ),
    DemoArticle(
        section="platforms",
        slug="tin-nhiem-mang-kiem-tra-trang-web",
        title="Tín Nhiệm Mạng: kiểm tra một trang web có đáng tin hay không",
        summary=(
            "Nền tảng giúp người dân kiểm tra trang web trước khi mua hàng, nhập thông tin, đồng "
            "thời giúp hợp tác xã, hộ kinh doanh đăng ký gắn nhãn tín nhiệm cho trang bán hàng của "
            "mình."
        ),
        body=[
            _p(
                '<b>Tín Nhiệm Mạng</b> tại <a href="https://tinnhiemmang.vn">tinnhiemmang.vn</a> '
                "là nền tảng đánh giá, gắn nhãn tín nhiệm cho các trang web, đồng thời công bố "
                "danh sách trang web lừa đảo đã được phát hiện. Trang được gắn nhãn tín nhiệm là "
                "trang đã được xác minh chủ sở hữu."
            ),
            _h(_WHO),
            _p(
                "Người mua hàng trực tuyến, người hay nhận đường dẫn lạ qua tin nhắn; hợp tác xã, "
                "hộ kinh doanh có trang bán hàng riêng muốn tạo lòng tin với khách."
            ),
            _h(_HOWTO),
            _steps(
                ("Truy cập", "Gõ tinnhiemmang.vn trên trình duyệt."),
                (
                    "Kiểm tra một trang web",
                    (
                        "Nhập địa chỉ trang web cần kiểm tra vào ô tìm kiếm, xem trang đó đã được "
                        "gắn nhãn tín nhiệm hay đã bị đưa vào danh sách lừa đảo."
                    ),
                ),
                (
                    "Xem danh sách cảnh báo",
                    (
                        "Tham khảo danh sách trang web lừa đảo mới được phát hiện, nhất là các "
                        "trang giả mạo ngân hàng, cơ quan nhà nước."
                    ),
                ),
                (
                    "Báo cáo trang lừa đảo",
                    (
                        "Chọn chức năng báo cáo, nhập địa chỉ trang và mô tả ngắn để cơ quan chức "
                        "năng xác minh."
                    ),
                ),
                (
                    "Đăng ký gắn nhãn (cho người bán)",
                    (
                        "Hợp tác xã, hộ kinh doanh có trang web bán hàng có thể đăng ký để được "
                        "xác minh và gắn nhãn tín nhiệm."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Một trang web có hình thức đẹp, có biểu tượng của cơ quan nhà nước chưa chắc là "
                "trang thật. Hãy xem kỹ địa chỉ trên thanh trình duyệt và kiểm tra trước khi nhập "
                "số tài khoản, mật khẩu hay mã xác thực."
            ),
        ],
        published_on=date(2026, 1, 21),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_SCAM, TAG_ECOMMERCE],
        image_theme="security",
        image_alt="Minh hoạ: kính lúp soi địa chỉ trang web trên màn hình điện thoại",
        platform_name="Tín Nhiệm Mạng",
        platform_url="https://tinnhiemmang.vn",
        audience=(
            "Người mua bán trực tuyến, người nhận đường dẫn lạ; hợp tác xã, hộ kinh doanh có trang "
            "bán hàng."
        ),
        category="Thông tin, phản ánh",
    ),
    DemoArticle(
        section="platforms",
        slug="postmart-san-nong-san-buu-dien",
        title="Postmart: đưa nông sản, đặc sản lên sàn cùng bưu điện",
        summary=(
            "Sàn thương mại điện tử nông sản của Bưu điện Việt Nam giúp nông dân, hợp tác xã bán "
            "chè, quế, măng, mật ong ra cả nước; bưu điện xã hỗ trợ mở gian hàng, lấy hàng và thu "
            "tiền."
        ),
        body=[
            _p(
                '<b>Postmart</b> tại <a href="https://postmart.vn">postmart.vn</a> là sàn thương '
                "mại điện tử chuyên về nông sản, đặc sản vùng miền của Bưu điện Việt Nam. Người "
                "bán được hỗ trợ mở gian hàng, đăng sản phẩm; khi có đơn, nhân viên bưu điện đến "
                "lấy hàng, giao cho khách và thu tiền hộ."
            ),
            _p(
                "Ưu điểm lớn với vùng cao là mạng lưới bưu điện có mặt đến tận xã, nên hộ sản xuất "
                "nhỏ không phải tự lo vận chuyển."
            ),
            _h(_WHO),
            _p(
                "Hộ nông dân, hợp tác xã, tổ hợp tác, cơ sở sản xuất đặc sản như chè Shan tuyết, "
                "quế, măng khô, gạo nếp, mật ong rừng; người tiêu dùng muốn mua đặc sản có nguồn "
                "gốc rõ ràng."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Liên hệ bưu điện",
                    (
                        "Đến bưu cục hoặc điểm bưu điện văn hóa xã gần nhất, nói muốn mở gian hàng "
                        "trên Postmart để được hướng dẫn."
                    ),
                ),
                (
                    "Đăng ký tài khoản người bán",
                    (
                        "Đăng ký bằng số điện thoại chính chủ, cung cấp thông tin người bán, tài "
                        "khoản ngân hàng nhận tiền."
                    ),
                ),
                (
                    "Đăng sản phẩm",
                    (
                        "Chụp ảnh sản phẩm rõ nét, ghi tên, khối lượng, giá, hạn dùng; bổ sung "
                        "giấy chứng nhận hoặc mã truy xuất nguồn gốc nếu có."
                    ),
                ),
                (
                    "Nhận và chuẩn bị đơn",
                    "Khi có đơn, điện thoại sẽ báo; đóng gói cẩn thận, ghi mã đơn hàng lên gói.",
                ),
                (
                    "Giao hàng, nhận tiền",
                    (
                        "Bưu điện đến lấy hàng hoặc bạn mang ra bưu cục; tiền hàng được chuyển về "
                        "tài khoản sau khi khách nhận hàng."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Chỉ giao dịch qua sàn và tài khoản đã đăng ký. Không đặt cọc cho người tự xưng là "
                "nhân viên sàn hứa “đẩy đơn”, “tăng lượt bán”; đây là thủ đoạn lừa đảo thường gặp "
                "với người bán hàng mới."
            ),
        ],
        published_on=date(2026, 5, 13),
        author_unit="Sở Công Thương",
        tags=[TAG_ECOMMERCE, TAG_WORKERS],
        image_theme="farm",
        image_alt="Minh hoạ: nhân viên bưu điện nhận thùng hàng nông sản tại nhà người dân",
        platform_name="Postmart – Sàn thương mại điện tử nông sản của Bưu điện Việt Nam",
        platform_url="https://postmart.vn",
        audience=(
            "Hộ nông dân, hợp tác xã, cơ sở sản xuất đặc sản và người tiêu dùng mua nông sản có "
            "nguồn gốc rõ ràng."
        ),
        category="Nông nghiệp",
    ),
    DemoArticle(
        section="platforms",
        slug="cong-dich-vu-cong-bo-cong-an",
        title="Cổng dịch vụ công Bộ Công an: cư trú, căn cước, đăng ký xe trực tuyến",
        summary=(
            "Nơi nộp trực tuyến các thủ tục do công an giải quyết như đăng ký thường trú, tạm trú, "
            "cấp đổi thẻ căn cước, đăng ký xe, giúp bớt thời gian chờ đợi tại trụ sở."
        ),
        body=[
            _p(
                "<b>Cổng dịch vụ công Bộ Công an</b> tại <a "
                'href="https://dichvucong.bocongan.gov.vn">dichvucong.bocongan.gov.vn</a> cung cấp '
                "các thủ tục thuộc lĩnh vực công an như đăng ký, quản lý cư trú, căn cước, đăng ký "
                "xe, xuất nhập cảnh và một số thủ tục khác. Cổng đăng nhập bằng tài khoản định "
                "danh điện tử, thông tin cá nhân được lấy từ Cơ sở dữ liệu quốc gia về dân cư."
            ),
            _h(_WHO),
            _p(
                "Người chuyển nơi ở, người đi làm ăn xa cần đăng ký tạm trú, người mua xe cần đăng "
                "ký, gia đình cần cấp đổi thẻ căn cước cho con đủ tuổi."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Truy cập và đăng nhập",
                    (
                        "Vào dichvucong.bocongan.gov.vn, chọn đăng nhập bằng tài khoản định danh "
                        "điện tử và xác nhận trên ứng dụng VNeID."
                    ),
                ),
                (
                    "Chọn thủ tục",
                    (
                        "Chọn lĩnh vực, ví dụ cư trú, rồi chọn thủ tục như đăng ký tạm trú; đọc kỹ "
                        "hướng dẫn thành phần hồ sơ."
                    ),
                ),
                (
                    "Khai thông tin",
                    (
                        "Chọn cơ quan công an giải quyết là Công an xã, phường nơi bạn đăng ký; "
                        "kiểm tra thông tin được điền sẵn và khai phần còn thiếu."
                    ),
                ),
                (
                    "Đính kèm và nộp",
                    (
                        "Đính kèm giấy tờ chứng minh chỗ ở hợp pháp nếu được yêu cầu, nộp lệ phí "
                        "trực tuyến, ghi lại mã hồ sơ."
                    ),
                ),
                (
                    "Nhận kết quả",
                    (
                        "Theo dõi tin nhắn, thư điện tử hoặc mục quản lý hồ sơ; kết quả cư trú "
                        "được cập nhật và bạn có thể xem trên ứng dụng VNeID."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Công an chỉ hướng dẫn qua Cổng chính thức, tại trụ sở hoặc qua số điện thoại công "
                "khai của Công an xã, phường. Không làm theo cuộc gọi yêu cầu “hoàn thiện hồ sơ cư "
                "trú” bằng cách cài ứng dụng hay chuyển tiền."
            ),
        ],
        published_on=date(2026, 9, 16),
        author_unit="Công an tỉnh Lào Cai",
        tags=[TAG_PUBLIC_SERVICES, TAG_VNEID],
        image_theme="security",
        image_alt="Minh hoạ: người dân khai đăng ký tạm trú trên điện thoại tại nhà",
        platform_name="Cổng dịch vụ công Bộ Công an",
        platform_url="https://dichvucong.bocongan.gov.vn",
        audience=(
            "Người cần làm thủ tục cư trú, căn cước, đăng ký xe và các thủ tục khác do cơ quan "
            "công an giải quyết."
        ),
        category="Dịch vụ công",
    ),
]


ARTICLES: list[DemoArticle] = [*_POLICIES, *_ACTIVITIES, *_PRACTICES, *_PLATFORMS]


# ---------------------------------------------------------------------------------------------
# Home page, target groups and section intros
# ---------------------------------------------------------------------------------------------

HOME_INTRO: str = (
    "Chào mừng bạn đến với Cổng thông tin phong trào “Bình dân học vụ số” tỉnh Lào Cai. "
    "Ở đây bạn tìm được văn bản chỉ đạo, tin hoạt động ở từng xã, phường, những cách làm hay "
    "và hướng dẫn từng bước để dùng các dịch vụ số thiết yếu. "
    "Ai biết thì giúp người chưa biết, để không ai bị bỏ lại phía sau trong chuyển đổi số."
)

TARGET_GROUPS: list[tuple[str, str, str, int, int]] = [
    (
        "officials",
        "Cán bộ, công chức, viên chức",
        (
            "Người làm việc trong cơ quan Đảng, Nhà nước, Mặt trận, đoàn thể và đơn vị sự nghiệp "
            "công lập, cần thành thạo xử lý công việc và phục vụ người dân trên môi trường số."
        ),
        80,
        100,
    ),
    (
        "students",
        "Học sinh, sinh viên",
        (
            "Học sinh phổ thông, học viên giáo dục nghề nghiệp và sinh viên, cần biết học tập, tra "
            "cứu và giao tiếp an toàn, có trách nhiệm trên mạng."
        ),
        100,
        100,
    ),
    (
        "adults",
        "Người dân",
        (
            "Người trưởng thành ở mọi thôn, bản, tổ dân phố, cần biết dùng điện thoại thông minh, "
            "tài khoản định danh điện tử, dịch vụ công trực tuyến và tự bảo vệ trước lừa đảo."
        ),
        80,
        100,
    ),
    (
        "workers",
        "Người lao động trong doanh nghiệp, hợp tác xã",
        (
            "Người làm việc tại doanh nghiệp, hợp tác xã, hộ kinh doanh, cần biết dùng công cụ số "
            "để sản xuất, bán hàng, quản lý và giao dịch."
        ),
        80,
        100,
    ),
]

SECTION_INTROS: dict[str, tuple[str, str]] = {
    "policies": (
        "Chủ trương, chính sách",
        (
            "Các nghị quyết, kế hoạch, quyết định, chỉ thị của Trung ương và của tỉnh về phong "
            "trào, kèm tóm tắt dễ hiểu để ai cũng nắm được việc cần làm."
        ),
    ),
    "activities": (
        "Hoạt động triển khai",
        (
            "Tin tức về lễ phát động, lớp tập huấn, tổ công nghệ số cộng đồng đến từng nhà và kết "
            "quả thực hiện ở từng xã, phường."
        ),
    ),
    "practices": (
        "Mô hình hay, cách làm hiệu quả",
        (
            "Những cách làm sáng tạo, ít tốn kém mà hiệu quả từ các thôn, bản, trường học, hợp tác "
            "xã trong tỉnh để nơi khác học hỏi và làm theo."
        ),
    ),
    "platforms": (
        "Nền tảng số",
        (
            "Danh mục các nền tảng, dịch vụ số chính thống của Nhà nước kèm hướng dẫn từng bước "
            "cho người mới dùng lần đầu và lưu ý an toàn."
        ),
    ),
}


# ---------------------------------------------------------------------------------------------
# Static pages: (slug, title, summary, body)
# ---------------------------------------------------------------------------------------------

STATIC_PAGES: list[tuple[str, str, str, list[Block]]] = [
    (
        "gioi-thieu",
        "Giới thiệu phong trào “Bình dân học vụ số”",
        (
            "Phong trào phổ cập kiến thức số, kỹ năng số cơ bản cho toàn dân, được tỉnh Yên Bái "
            "phát động từ tháng 4/2025 và tiếp tục triển khai trên địa bàn tỉnh Lào Cai sau hợp "
            "nhất."
        ),
        [
            _p(
                "<b>“Bình dân học vụ số”</b> là phong trào phổ cập kiến thức số, kỹ năng số cơ bản "
                "cho toàn dân, được triển khai theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ "
                "Chính trị và Kế hoạch số 01-KH/BCĐTW ngày 21/03/2025 của Ban Chỉ đạo Trung ương "
                "về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Tên gọi "
                "tiếp nối truyền thống phong trào Bình dân học vụ xóa nạn mù chữ năm 1945: người "
                "biết giúp người chưa biết."
            ),
            _h("Mục đích"),
            _p(
                "Giúp mọi người dân, dù ở phố hay ở bản, dù trẻ hay đã cao tuổi, đều có thể dùng "
                "điện thoại và các dịch vụ số một cách an toàn, có ích: làm thủ tục hành chính "
                "trực tuyến, khám bệnh bằng thẻ bảo hiểm y tế điện tử, nhận và chuyển tiền, bán "
                "nông sản, học tập và tự bảo vệ trước lừa đảo."
            ),
            _h("Bốn nhóm đối tượng"),
            _list(
                "Cán bộ, công chức, viên chức và người lao động trong cơ quan nhà nước.",
                "Học sinh, sinh viên.",
                "Người dân trong độ tuổi trưởng thành.",
                "Người lao động trong doanh nghiệp, hợp tác xã.",
            ),
            _h("Mục tiêu"),
            _p(
                "Năm 2025, tỉnh Yên Bái đặt mục tiêu: 80% cán bộ, công chức, viên chức có kỹ năng "
                "số cơ bản; 100% học sinh trung học phổ thông, sinh viên được trang bị kỹ năng học "
                "tập, tương tác an toàn trên môi trường số; 80% người trưởng thành sử dụng được "
                "các dịch vụ số thiết yếu; 80% người lao động trong doanh nghiệp, hợp tác xã ứng "
                "dụng được công nghệ vào công việc. <b>Đến hết năm 2026, cả bốn nhóm đạt 100%.</b>"
            ),
            _p(
                "Từ ngày 01/07/2025, tỉnh Yên Bái và tỉnh Lào Cai hợp nhất thành tỉnh Lào Cai mới "
                "với 99 xã, phường và khoảng 1,78 triệu dân. Phong trào tiếp tục được triển khai "
                "trên toàn tỉnh với cùng mục tiêu đến hết năm 2026; số liệu của các xã cũ được "
                "cộng dồn về xã, phường mới."
            ),
            _h("Ai vận hành Cổng thông tin này?"),
            _p(
                "Cổng thông tin do Sở Khoa học và Công nghệ tỉnh Lào Cai, cơ quan thường trực của "
                "phong trào, quản lý nội dung. Tin bài được cung cấp bởi các sở, ngành, Ủy ban "
                "nhân dân xã, phường, các đoàn thể và cơ quan báo chí của tỉnh. Cổng được xây dựng "
                "bằng phần mềm mã nguồn mở để các địa phương khác có thể dùng lại."
            ),
        ],
    ),
    (
        "lien-he",
        "Liên hệ",
        (
            "Thông tin liên hệ của Văn phòng thường trực phong trào “Bình dân học vụ số” tỉnh Lào "
            "Cai. Địa chỉ, số điện thoại và thư điện tử trên trang này là thông tin minh hoạ của "
            "bản thử nghiệm."
        ),
        [
            _p(
                "Mọi câu hỏi, góp ý về phong trào và về Cổng thông tin, xin gửi về <b>Văn phòng "
                "thường trực Ban Chỉ đạo phong trào “Bình dân học vụ số” tỉnh Lào Cai</b>, đặt tại "
                "Sở Khoa học và Công nghệ."
            ),
            _list(
                "Địa chỉ: Sở Khoa học và Công nghệ tỉnh Lào Cai, phường Yên Bái, tỉnh Lào Cai (địa "
                "chỉ minh hoạ).",
                "Điện thoại: 0216 3 123 456 (số minh hoạ).",
                "Thư điện tử: bdhvs@laocai.gov.vn (địa chỉ minh hoạ).",
                (
                    "Giờ làm việc: thứ Hai đến thứ Sáu, sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ "
                    "13 giờ 30 đến 17 giờ; nghỉ thứ Bảy, Chủ nhật và ngày lễ."
                ),
            ),
            _h("Cần hỗ trợ trực tiếp?"),
            _p(
                "Nếu bạn cần người hướng dẫn cài ứng dụng, nộp hồ sơ trực tuyến hay học kỹ năng "
                "số, cách nhanh nhất là liên hệ tổ công nghệ số cộng đồng ở thôn, tổ dân phố hoặc "
                "đến góc hỗ trợ tại Trung tâm phục vụ hành chính công của xã, phường nơi bạn sinh "
                "sống. Việc hướng dẫn hoàn toàn miễn phí."
            ),
            _h("Khi gửi thư cho chúng tôi"),
            _p(
                "Xin ghi rõ xã, phường và nội dung cần hỏi. <b>Không gửi</b> số căn cước, mật "
                "khẩu, mã xác thực hay ảnh giấy tờ cá nhân qua thư điện tử. Chúng tôi sẽ trả lời "
                "trong vòng 5 ngày làm việc."
            ),
        ],
    ),
    (
        "tuyen-bo-tiep-can",
        "Tuyên bố về khả năng tiếp cận",
        (
            "Cổng thông tin hướng tới đáp ứng tiêu chuẩn WCAG 2.1 mức AA, đọc được trên điện thoại "
            "màn hình nhỏ, khi mạng yếu và khi trình duyệt không chạy JavaScript."
        ),
        [
            _p(
                "Cổng thông tin phong trào “Bình dân học vụ số” được làm cho <b>mọi người</b>, kể "
                "cả người cao tuổi, người khiếm thị, người dùng điện thoại cũ, người ở nơi sóng "
                "yếu. Chúng tôi hướng tới đáp ứng Hướng dẫn về khả năng tiếp cận nội dung web "
                "(WCAG) phiên bản 2.1, mức AA."
            ),
            _h("Những gì bạn có thể làm trên Cổng"),
            _list(
                "Đọc trên điện thoại màn hình nhỏ mà không phải kéo ngang.",
                "Đọc tin, xem hướng dẫn ngay cả khi trình duyệt tắt JavaScript hoặc mạng chậm.",
                "Phóng to chữ tới 200% mà nội dung vẫn hiển thị đầy đủ.",
                (
                    "Đi qua các mục bằng bàn phím; có đường tắt để bỏ qua phần đầu trang và đến "
                    "thẳng nội dung chính."
                ),
                (
                    "Dùng phần mềm đọc màn hình: ảnh minh hoạ đều có lời mô tả, tiêu đề được sắp "
                    "xếp theo đúng thứ bậc."
                ),
                (
                    "Đọc chữ rõ ràng với độ tương phản màu đủ lớn; liên kết không chỉ phân biệt "
                    "bằng màu sắc."
                ),
            ),
            _h("Những điểm còn hạn chế"),
            _p(
                "Một số văn bản cũ chỉ có bản chụp dạng ảnh nên phần mềm đọc màn hình chưa đọc "
                "được; với các văn bản này, chúng tôi đăng kèm phần tóm tắt bằng chữ. Một số video "
                "hướng dẫn bằng tiếng dân tộc chưa có phụ đề tiếng phổ thông. Chúng tôi đang từng "
                "bước khắc phục."
            ),
            _h("Báo cho chúng tôi khi gặp khó khăn"),
            _p(
                "Nếu bạn không đọc được, không bấm được hay không hiểu một nội dung nào đó, xin "
                "gửi thư về địa chỉ ghi ở trang <b>Liên hệ</b>, cho biết trang nào, bạn dùng thiết "
                "bị gì và gặp khó khăn gì. Chúng tôi sẽ phản hồi trong vòng 5 ngày làm việc và gửi "
                "nội dung bạn cần ở dạng phù hợp."
            ),
            _p("Tuyên bố này được cập nhật lần gần nhất vào tháng 11/2026."),
        ],
    ),
    (
        "chinh-sach-bao-ve-du-lieu",
        "Thông báo về xử lý và bảo vệ dữ liệu cá nhân",
        (
            "Cổng thông tin hầu như không thu thập dữ liệu cá nhân của người đọc tin: chỉ đếm lượt "
            "xem ẩn danh và không dùng cookie theo dõi. Trang này giải thích rõ chúng tôi xử lý dữ "
            "liệu gì, để làm gì và quyền của bạn."
        ),
        [
            _p(
                "Thông báo này được đưa ra theo Nghị định số 13/2023/NĐ-CP ngày 17/04/2023 của "
                "Chính phủ về bảo vệ dữ liệu cá nhân và Luật Bảo vệ dữ liệu cá nhân năm 2025 (có "
                "hiệu lực từ ngày 01/01/2026). Bên kiểm soát và xử lý dữ liệu là Sở Khoa học và "
                "Công nghệ tỉnh Lào Cai, đơn vị quản lý Cổng thông tin."
            ),
            _h("Khi bạn đọc tin"),
            _list(
                "Cổng chỉ đếm số lượt xem của mỗi bài theo ngày, dưới dạng con số tổng hợp, không "
                "gắn với bất kỳ ai.",
                (
                    "Cổng không dùng cookie theo dõi, không dùng công cụ quảng cáo hay phân tích "
                    "của bên thứ ba."
                ),
                (
                    "Máy chủ lưu nhật ký kỹ thuật (địa chỉ IP, thời điểm truy cập) tối đa 30 ngày "
                    "chỉ để phát hiện và ngăn chặn tấn công, sau đó tự động xóa."
                ),
            ),
            _h("Khi bạn gửi góp ý hoặc đăng ký tài khoản"),
            _p(
                "Nếu bạn gửi góp ý, chúng tôi nhận họ tên, cách liên lạc và nội dung bạn viết, chỉ "
                "để trả lời bạn và cải thiện Cổng; dữ liệu này được lưu không quá 12 tháng. Một số "
                "chức năng như tự đánh giá kỹ năng số có thể cần đăng ký tài khoản; khi đó Cổng sẽ "
                "nói rõ dữ liệu nào được thu thập, dùng vào việc gì và xin sự đồng ý của bạn ngay "
                "tại màn hình đăng ký. Kết quả chỉ được dùng để thống kê các chỉ tiêu của phong "
                "trào theo xã, phường, không công bố thông tin của từng người."
            ),
            _h("Quyền của bạn"),
            _list(
                "Được biết dữ liệu nào của mình đang được xử lý và để làm gì.",
                "Đồng ý hoặc không đồng ý, và rút lại sự đồng ý bất cứ lúc nào.",
                "Xem, yêu cầu chỉnh sửa, yêu cầu xóa dữ liệu của mình.",
                "Yêu cầu hạn chế xử lý, phản đối việc xử lý, yêu cầu cung cấp bản sao dữ liệu.",
                (
                    "Khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường thiệt hại theo quy định "
                    "của pháp luật."
                ),
            ),
            _p(
                "Chúng tôi không bán, không chia sẻ dữ liệu cá nhân cho bên nào khác, trừ khi cơ "
                "quan nhà nước có thẩm quyền yêu cầu theo quy định của pháp luật."
            ),
            _h("Liên hệ về dữ liệu cá nhân"),
            _p(
                "Để thực hiện các quyền trên, xin gửi yêu cầu theo thông tin tại trang <b>Liên "
                "hệ</b>, ghi rõ tiêu đề “Yêu cầu về dữ liệu cá nhân”. Chúng tôi sẽ xác minh và "
                "phản hồi trong thời hạn pháp luật quy định. Thông báo này được cập nhật lần gần "
                "nhất vào tháng 11/2026."
            ),
        ],
    ),
]
