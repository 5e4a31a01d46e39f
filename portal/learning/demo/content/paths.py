"""Lộ trình học theo từng nhóm đối tượng của phong trào “Bình dân học vụ số”."""

from portal.learning.demo.content.types import LearningPath

PATHS: tuple[LearningPath, ...] = (
    LearningPath(
        slug="lo-trinh-can-bo",
        title="Lộ trình kỹ năng số cơ bản cho cán bộ, công chức",
        target_group="officials",
        description=(
            "Lộ trình gồm ba khóa học: an toàn trên mạng, dịch vụ công trực tuyến và kỹ năng số "
            "trong công việc của cán bộ, công chức. Hoàn thành cả ba khóa và đạt bài kiểm tra "
            "cuối lộ trình, bạn được ghi nhận đã có kỹ năng số cơ bản, góp vào chỉ tiêu phổ cập "
            "kỹ năng số cho đội ngũ cán bộ, công chức, viên chức của tỉnh."
        ),
        courses=("an-toan-tren-mang", "dich-vu-cong-truc-tuyen", "ky-nang-so-can-bo"),
        final_quiz=("ky-nang-so-can-bo", "kiem-tra-cuoi-lo-trinh-can-bo"),
    ),
    LearningPath(
        slug="lo-trinh-hoc-sinh-sinh-vien",
        title="Lộ trình kỹ năng số cơ bản cho học sinh, sinh viên",
        target_group="students",
        description=(
            "Lộ trình gồm hai khóa học: an toàn trên mạng và học tập, giao tiếp an toàn trên "
            "mạng. Hoàn thành cả hai khóa và đạt bài kiểm tra cuối lộ trình, bạn được ghi nhận "
            "đã có kỹ năng số cơ bản, góp vào chỉ tiêu phổ cập kỹ năng số cho học sinh, sinh "
            "viên của tỉnh."
        ),
        courses=("an-toan-tren-mang", "hoc-tap-an-toan-tren-mang"),
        final_quiz=("hoc-tap-an-toan-tren-mang", "kiem-tra-cuoi-lo-trinh-hoc-sinh"),
    ),
    LearningPath(
        slug="lo-trinh-nguoi-dan",
        title="Lộ trình kỹ năng số cơ bản cho người dân",
        target_group="adults",
        description=(
            "Lộ trình gồm bốn khóa học: làm quen với điện thoại thông minh, an toàn trên mạng, "
            "dịch vụ công trực tuyến và thanh toán số. Hoàn thành cả bốn khóa và đạt bài kiểm "
            "tra cuối lộ trình, bạn được ghi nhận đã có kỹ năng số cơ bản, góp vào chỉ tiêu phổ "
            "cập kỹ năng số cho người dân trong độ tuổi lao động của tỉnh."
        ),
        courses=(
            "lam-quen-dien-thoai",
            "an-toan-tren-mang",
            "dich-vu-cong-truc-tuyen",
            "thanh-toan-so",
        ),
        final_quiz=("thanh-toan-so", "kiem-tra-cuoi-lo-trinh-nguoi-dan"),
    ),
    LearningPath(
        slug="lo-trinh-nguoi-lao-dong",
        title="Lộ trình kỹ năng số cơ bản cho người lao động",
        target_group="workers",
        description=(
            "Lộ trình gồm ba khóa học: làm quen với điện thoại thông minh, an toàn trên mạng và "
            "kỹ năng số tại nơi làm việc. Hoàn thành cả ba khóa và đạt bài kiểm tra cuối lộ "
            "trình, bạn được ghi nhận đã có kỹ năng số cơ bản, góp vào chỉ tiêu phổ cập kỹ năng "
            "số cho người lao động trong doanh nghiệp, hợp tác xã của tỉnh."
        ),
        courses=("lam-quen-dien-thoai", "an-toan-tren-mang", "ky-nang-so-noi-lam-viec"),
        final_quiz=("ky-nang-so-noi-lam-viec", "kiem-tra-cuoi-lo-trinh-nguoi-lao-dong"),
    ),
)
