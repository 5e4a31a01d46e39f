"""Khóa học cho cán bộ, công chức, viên chức: kỹ năng số trong công việc hằng ngày."""

from portal.learning.demo.content.types import (
    Course,
    Illustration,
    Lesson,
    Module,
    Option,
    Question,
    Quiz,
    Screen,
    Step,
    Tip,
)

_LESSON_DOCUMENTS = Lesson(
    slug="xu-ly-van-ban-dien-tu",
    title="Xử lý văn bản điện tử trên hệ thống quản lý văn bản và điều hành",
    summary=(
        "Nhận, đọc, chuyển xử lý và hoàn thành văn bản đến ngay trên hệ thống, không cần in "
        "ra giấy."
    ),
    minutes=7,
    body=[
        ("heading", "Văn bản điện tử có giá trị như văn bản giấy"),
        (
            "paragraph",
            "<p>Theo <b>Nghị định 30/2020/NĐ-CP</b> về công tác văn thư, văn bản điện tử được ký "
            "số bởi người có thẩm quyền và ký số của cơ quan, tổ chức theo đúng quy định thì có "
            "giá trị pháp lý như bản gốc văn bản giấy. Vì vậy, hầu hết văn bản giữa các cơ quan "
            "nhà nước nay được gửi, nhận và xử lý trên <b>hệ thống quản lý văn bản và điều "
            "hành</b>.</p>",
        ),
        ("heading", "Xử lý một văn bản đến"),
        (
            "paragraph",
            "<p>Tên các mục có thể khác đôi chút tùy phần mềm cơ quan bạn dùng, nhưng các bước "
            "chính đều giống nhau.</p>",
        ),
        (
            "steps",
            [
                Step(
                    title="Đăng nhập hệ thống",
                    text=(
                        "Mở trình duyệt, vào địa chỉ hệ thống do cơ quan cung cấp, đăng nhập bằng "
                        "tài khoản được cấp cho riêng bạn."
                    ),
                    screen=Screen(
                        kind="qlvb-form",
                        title="Quản lý văn bản",
                        lines=("Tên đăng nhập", "Mật khẩu", "Đăng nhập"),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Mở mục “Văn bản đến” chờ xử lý",
                    text="Văn bản sắp đến hạn thường được đánh dấu màu để bạn chú ý.",
                    screen=Screen(
                        kind="qlvb-list",
                        title="Văn bản đến",
                        lines=(
                            "Chờ xử lý (3)",
                            "Số 125/UBND-VP",
                            "V/v báo cáo chuyển đổi số",
                            "Hạn xử lý: 15/12",
                            "Đã xử lý",
                        ),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Đọc văn bản và ý kiến chỉ đạo",
                    text=(
                        "Xem tệp văn bản đã ký số, ý kiến phân công của lãnh đạo và hạn xử lý "
                        "trước khi làm."
                    ),
                    screen=Screen(
                        kind="qlvb-document",
                        title="Số 125/UBND-VP",
                        lines=(
                            "Tệp: 125-UBND-VP.pdf",
                            "Ý kiến lãnh đạo:",
                            "Giao đ/c Lan chủ trì",
                            "Hạn xử lý: 15/12",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Chuyển xử lý đúng người",
                    text=(
                        "Chọn người phối hợp, ghi ý kiến ngắn gọn rồi bấm Gửi. Mọi thao tác "
                        "đều được hệ thống lưu lại."
                    ),
                    screen=Screen(
                        kind="qlvb-form",
                        title="Chuyển xử lý",
                        lines=(
                            "Người xử lý chính",
                            "Người phối hợp",
                            "Ý kiến: Đề nghị tổng hợp",
                            "Gửi",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Cập nhật kết quả và hoàn thành",
                    text=(
                        "Đính kèm văn bản trả lời hoặc ghi kết quả, rồi đánh dấu hoàn thành để "
                        "văn bản được đưa vào hồ sơ công việc."
                    ),
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text=(
                    "Không đưa tài khoản, mật khẩu cho người khác xử lý hộ. Mọi thao tác trên "
                    "hệ thống đều ghi tên bạn."
                ),
            ),
        ),
        ("heading", "Thói quen tốt khi làm việc trên hệ thống"),
        (
            "list",
            [
                "Mở hệ thống ít nhất hai lần mỗi ngày: đầu giờ sáng và đầu giờ chiều",
                "Xử lý trên máy, hạn chế in văn bản ra giấy",
                "Ghi ý kiến rõ ràng để người sau hiểu ngay việc cần làm",
                "Đặt tên tệp đính kèm có số, ký hiệu và trích yếu ngắn",
            ],
        ),
        (
            "image",
            Illustration(
                theme="office",
                alt="Cán bộ xử lý văn bản điện tử trên máy tính tại trụ sở cơ quan",
                caption="Xử lý văn bản trên hệ thống giúp tra cứu nhanh và theo dõi được tiến độ.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt=(
                    "Bạn được giao chủ trì một văn bản đến nhưng cần phòng khác góp số liệu. "
                    "Cách làm nào đúng?"
                ),
                options=(
                    Option(
                        text="In văn bản ra, mang sang phòng bên nhờ xem",
                        feedback="Chưa đúng. Cách này tốn thời gian và không để lại vết xử lý.",
                    ),
                    Option(
                        text="Chuyển văn bản trên hệ thống cho người phối hợp, kèm ý kiến rõ ràng",
                        is_correct=True,
                        feedback="Đúng. Người phối hợp nhận ngay và lãnh đạo theo dõi được.",
                    ),
                    Option(
                        text="Gửi mật khẩu của mình để đồng nghiệp tự vào xem",
                        feedback="Chưa đúng. Tuyệt đối không dùng chung tài khoản.",
                    ),
                ),
                explanation=(
                    "Việc phối hợp nên làm ngay trên hệ thống để nhanh, minh bạch và lưu vết."
                ),
            ),
        ),
    ],
)

_LESSON_SIGNATURE = Lesson(
    slug="chu-ky-so-va-an-toan-thong-tin",
    title="Chữ ký số và an toàn thông tin tại cơ quan",
    summary=(
        "Kiểm tra chữ ký số trên văn bản, giữ an toàn USB token, SIM PKI và cảnh giác với "
        "email giả mạo."
    ),
    minutes=8,
    body=[
        ("heading", "Hai loại chữ ký số thường gặp"),
        (
            "list",
            [
                "Chữ ký số chuyên dùng công vụ: do Ban Cơ yếu Chính phủ cung cấp cho "
                "cơ quan và cán bộ có thẩm quyền ký",
                "Chữ ký số công cộng: do các doanh nghiệp được cấp phép cung cấp, "
                "có thể lưu trên USB token, SIM PKI hoặc ký từ xa",
            ],
        ),
        ("heading", "Kiểm tra chữ ký số trên văn bản nhận được"),
        (
            "steps",
            [
                Step(
                    title="Mở tệp PDF bằng phần mềm hỗ trợ chữ ký số",
                    text=(
                        "Dùng phần mềm ký số cơ quan được cấp hoặc Adobe Acrobat Reader. "
                        "Không kiểm tra bằng cách nhìn hình con dấu trên văn bản."
                    ),
                ),
                Step(
                    title="Mở bảng thông tin chữ ký",
                    text="Bấm vào biểu tượng chữ ký hoặc dòng thông báo ở đầu văn bản.",
                    screen=Screen(
                        kind="document",
                        title="125-UBND-VP.pdf",
                        lines=(
                            "Đã ký, chữ ký hợp lệ",
                            "Bảng chữ ký",
                            "V/v báo cáo chuyển đổi số",
                            "Ký bởi: Văn phòng UBND",
                        ),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Xem ba thông tin chính",
                    text=(
                        "Ai ký (người, cơ quan), ký lúc nào, và trạng thái: chữ ký hợp lệ, văn "
                        "bản không bị sửa sau khi ký."
                    ),
                    screen=Screen(
                        kind="document",
                        title="Thông tin chữ ký",
                        lines=(
                            "Trạng thái: Hợp lệ",
                            "Thời gian: 09:15 03/12",
                            "Văn bản chưa bị sửa đổi",
                            "Người ký: Nguyễn Văn Bình",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Báo lại khi chữ ký không hợp lệ",
                    text=(
                        "Nếu phần mềm báo chữ ký lỗi hoặc văn bản đã bị thay đổi, chưa dùng "
                        "văn bản đó và liên hệ văn thư hoặc nơi gửi để xác minh."
                    ),
                    screen=Screen(
                        kind="document",
                        title="Thông tin chữ ký",
                        lines=(
                            "Trạng thái: Không hợp lệ",
                            "Văn bản bị sửa sau khi ký",
                            "Người ký: Nguyễn Văn Bình",
                        ),
                        highlight=0,
                    ),
                ),
            ],
        ),
        ("heading", "Giữ thiết bị ký số như giữ con dấu"),
        (
            "list",
            [
                "Không đưa USB token, SIM PKI hay mã PIN cho người khác ký hộ",
                "Rút USB token khỏi máy ngay khi ký xong",
                "Mất thiết bị thì báo ngay cho đơn vị quản lý để tạm dừng, thu hồi",
            ],
        ),
        ("heading", "Cảnh giác email giả mạo, khóa màn hình khi rời máy"),
        (
            "paragraph",
            "<p>Kẻ gian hay giả danh cơ quan cấp trên, gửi email “khẩn” kèm tệp hoặc đường link "
            "lạ. Hãy xem kỹ <b>địa chỉ người gửi</b>, không mở tệp đuôi .exe, .zip, .rar lạ. "
            "Nghi ngờ thì gọi điện cho người gửi để hỏi lại. Khi rời chỗ ngồi, nhấn tổ hợp "
            "phím <b>Windows + L</b> để khóa màn hình.</p>",
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text=(
                    "Văn bản ký bằng chữ ký số của bạn được coi là do chính bạn ký. Để người "
                    "khác ký hộ là vi phạm quy định và bạn phải chịu trách nhiệm."
                ),
            ),
        ),
        (
            "image",
            Illustration(
                theme="security",
                alt="Máy tính đã khóa màn hình, bên cạnh là USB ký số được cất gọn",
                caption="Rời máy là khóa màn hình, ký xong là rút thiết bị ký số.",
            ),
        ),
        (
            "check",
            Question(
                kind="true_false",
                prompt=(
                    "Khi đi công tác, có thể gửi USB token và mã PIN cho văn thư để ký hộ "
                    "văn bản gấp."
                ),
                answer=False,
                explanation=(
                    "Sai. Chữ ký số gắn với trách nhiệm cá nhân. Văn bản gấp có thể ký từ xa "
                    "nếu được cấp, hoặc giao người có thẩm quyền khác ký theo quy định."
                ),
            ),
        ),
    ],
)

_LESSON_MEETINGS = Lesson(
    slug="hop-truc-tuyen",
    title="Tổ chức và tham gia họp trực tuyến",
    summary=(
        "Vào phòng họp trên Google Meet hoặc Zoom đúng giờ, phát biểu đúng cách và chủ trì "
        "cuộc họp trực tuyến gọn gàng, an toàn."
    ),
    minutes=6,
    body=[
        ("heading", "Chuẩn bị trước giờ họp"),
        (
            "paragraph",
            "<p>Họp trực tuyến tiết kiệm thời gian đi lại, nhưng chỉ hiệu quả khi mọi người "
            "chuẩn bị tốt. Hãy vào phòng họp <b>sớm 5–10 phút</b> để kiểm tra âm thanh, hình "
            "ảnh và đường truyền.</p>",
        ),
        ("heading", "Tham gia cuộc họp"),
        (
            "steps",
            [
                Step(
                    title="Mở đường link hoặc nhập mã cuộc họp",
                    text=(
                        "Lấy đường link hoặc mã cuộc họp trong giấy mời. Đặt tên hiển thị gồm "
                        "đơn vị và họ tên để chủ trì dễ nhận biết."
                    ),
                    screen=Screen(
                        kind="zoom-form",
                        title="Tham gia cuộc họp",
                        lines=(
                            "Mã cuộc họp: 845 1234 5678",
                            "Tên: UBND xã – Hà Thị Lan",
                            "Tham gia",
                        ),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Tắt micro khi không phát biểu",
                    text=(
                        "Tiếng ồn từ một máy làm cả phòng họp nghe không rõ. Giữ camera bật nếu "
                        "chủ trì yêu cầu."
                    ),
                    screen=Screen(
                        kind="meet-meeting",
                        title="Họp giao ban tuần",
                        lines=(
                            "UBND tỉnh (chủ trì)",
                            "UBND xã – Hà Thị Lan",
                            "Sở Nội vụ",
                            "UBND xã – Lò Văn Thắng",
                        ),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Giơ tay khi muốn phát biểu",
                    text=(
                        "Bấm “Giơ tay”, chờ chủ trì mời rồi mới bật micro. Nói xong thì tắt "
                        "micro và hạ tay."
                    ),
                    screen=Screen(
                        kind="meet-list",
                        title="Tùy chọn khác",
                        lines=(
                            "Giơ tay",
                            "Chia sẻ màn hình",
                            "Trò chuyện",
                            "Cài đặt",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Chia sẻ đúng cửa sổ khi trình bày",
                    text=(
                        "Chọn chia sẻ một cửa sổ tài liệu thay vì cả màn hình, để tránh lộ tin "
                        "nhắn hay văn bản khác đang mở."
                    ),
                ),
            ],
        ),
        ("heading", "Khi bạn chủ trì cuộc họp"),
        (
            "list",
            [
                "Gửi đường link kèm giấy mời và chương trình họp từ sớm",
                "Bật phòng chờ, chỉ cho người có tên trong danh sách vào",
                "Đặt chế độ người tham dự tắt micro khi vào phòng",
                "Báo trước nếu ghi hình cuộc họp, phân công người ghi biên bản",
            ],
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text=(
                    "Không đăng đường link họp lên nhóm công khai. Nội dung thuộc bí mật nhà "
                    "nước tuyệt đối không trao đổi qua Zoom, Google Meet hay Zalo."
                ),
            ),
        ),
        (
            "image",
            Illustration(
                theme="meeting",
                alt="Cán bộ các xã họp trực tuyến, màn hình lớn hiển thị nhiều điểm cầu",
                caption="Cuộc họp trực tuyến gọn gàng nhờ mỗi người giữ đúng nguyên tắc.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt="Tên hiển thị nào phù hợp nhất khi dự họp trực tuyến của tỉnh?",
                options=(
                    Option(
                        text="iPhone của Lan",
                        feedback="Chưa đúng. Chủ trì không biết bạn là ai, thuộc đơn vị nào.",
                    ),
                    Option(
                        text="UBND xã – Hà Thị Lan",
                        is_correct=True,
                        feedback="Đúng. Có cả đơn vị và họ tên, dễ điểm danh và mời phát biểu.",
                    ),
                    Option(
                        text="Lan Lan 1990",
                        feedback="Chưa đúng. Tên biệt danh không phù hợp với cuộc họp công vụ.",
                    ),
                ),
                explanation="Tên hiển thị nên gồm đơn vị công tác và họ tên đầy đủ.",
            ),
        ),
    ],
)

_LESSON_ONE_STOP = Lesson(
    slug="huong-dan-dich-vu-cong-tai-mot-cua",
    title="Hướng dẫn người dân nộp hồ sơ trực tuyến tại bộ phận một cửa",
    summary=(
        "Giúp người dân tự nộp hồ sơ trên Cổng Dịch vụ công quốc gia bằng tài khoản VNeID, "
        "để lần sau có thể làm ngay tại nhà."
    ),
    minutes=7,
    body=[
        ("heading", "Hướng dẫn để người dân tự làm được"),
        (
            "paragraph",
            "<p>Tại bộ phận một cửa, thay vì làm hộ, hãy <b>hướng dẫn người dân tự thao tác</b> "
            "trên điện thoại của họ. Lần sau, họ có thể tự nộp hồ sơ ở nhà, không phải đi lại "
            "và chờ đợi.</p>",
        ),
        (
            "steps",
            [
                Step(
                    title="Hỏi nhu cầu và xem giấy tờ",
                    text=(
                        "Hỏi người dân cần làm thủ tục gì, kiểm tra họ đã có tài khoản định danh "
                        "điện tử VNeID và mang đủ giấy tờ chưa."
                    ),
                ),
                Step(
                    title="Để người dân tự đăng nhập bằng VNeID",
                    text=(
                        "Mở dichvucong.gov.vn, chọn đăng nhập bằng tài khoản định danh điện tử. "
                        "Người dân tự nhập mật khẩu và xác nhận trên ứng dụng VNeID."
                    ),
                    screen=Screen(
                        kind="dvc-browser",
                        title="Cổng Dịch vụ công quốc gia",
                        lines=(
                            "dichvucong.gov.vn",
                            "Đăng nhập",
                            "Tài khoản định danh điện tử",
                            "Tìm kiếm dịch vụ công",
                        ),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Tìm đúng thủ tục và cơ quan",
                    text=(
                        "Gõ tên thủ tục vào ô tìm kiếm, chọn đúng cơ quan thực hiện là tỉnh "
                        "Lào Cai và xã, phường nơi người dân làm thủ tục."
                    ),
                    screen=Screen(
                        kind="dvc-list",
                        title="Kết quả tìm kiếm",
                        lines=(
                            "Đăng ký khai sinh",
                            "Đăng ký kết hôn",
                            "Đăng ký khai tử",
                            "Cấp bản sao trích lục",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Điền tờ khai và đính kèm giấy tờ",
                    text=(
                        "Nhiều thông tin được điền sẵn từ dữ liệu dân cư. Hướng dẫn người dân "
                        "chụp giấy tờ rõ nét, đủ bốn góc để đính kèm."
                    ),
                    screen=Screen(
                        kind="dvc-form",
                        title="Tờ khai trực tuyến",
                        lines=(
                            "Họ tên người yêu cầu",
                            "Số định danh cá nhân",
                            "Giấy tờ kèm theo",
                            "+ Đính kèm tệp",
                            "Tiếp tục",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Nộp hồ sơ và ghi lại mã hồ sơ",
                    text=(
                        "Sau khi nộp, hệ thống cấp mã hồ sơ. Chỉ cho người dân cách tra cứu "
                        "tiến độ và nơi nhận kết quả."
                    ),
                    screen=Screen(
                        kind="dvc-form",
                        title="Nộp hồ sơ thành công",
                        lines=(
                            "Hồ sơ đã được tiếp nhận",
                            "Mã hồ sơ gửi qua tin nhắn",
                            "Về trang chủ",
                            "Tra cứu hồ sơ",
                        ),
                        highlight=3,
                    ),
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text=(
                    "Không hỏi, không ghi lại và không giữ mật khẩu hay mã OTP của người dân. "
                    "Nếu dùng máy chung của cơ quan, nhớ đăng xuất khi xong việc."
                ),
            ),
        ),
        (
            "tip",
            Tip(
                kind="remember",
                text=(
                    "Nói chậm, dùng từ dễ hiểu, để người dân tự bấm. Với người cao tuổi hoặc "
                    "chưa thạo tiếng phổ thông, có thể nhờ tổ công nghệ số cộng đồng hỗ trợ."
                ),
            ),
        ),
        (
            "image",
            Illustration(
                theme="office",
                alt="Cán bộ bộ phận một cửa hướng dẫn người dân thao tác trên điện thoại",
                caption="Hướng dẫn một lần, người dân tự làm được nhiều lần.",
            ),
        ),
        (
            "check",
            Question(
                kind="multiple",
                prompt=(
                    "Khi hướng dẫn người dân nộp hồ sơ trực tuyến, việc nào nên làm? "
                    "(Chọn tất cả đáp án đúng)"
                ),
                options=(
                    Option(
                        text="Để người dân tự nhập mật khẩu VNeID",
                        is_correct=True,
                        feedback="Đúng. Mật khẩu là của riêng người dân, cán bộ không cần biết.",
                    ),
                    Option(
                        text="Xin mã OTP của người dân để làm cho nhanh",
                        feedback="Chưa đúng. Không bao giờ hỏi mã OTP của người dân.",
                    ),
                    Option(
                        text="Chỉ cách tra cứu tiến độ bằng mã hồ sơ",
                        is_correct=True,
                        feedback="Đúng. Người dân tự theo dõi, không phải hỏi lại nhiều lần.",
                    ),
                    Option(
                        text="Đăng xuất trên máy dùng chung khi xong việc",
                        is_correct=True,
                        feedback="Đúng. Người đến sau không thể vào tài khoản của người trước.",
                    ),
                ),
                explanation=(
                    "Hướng dẫn tốt là để người dân tự làm, giữ bí mật tài khoản của họ và chỉ "
                    "cách theo dõi hồ sơ."
                ),
            ),
        ),
    ],
)

_FINAL_QUIZ = Quiz(
    slug="kiem-tra-cuoi-lo-trinh-can-bo",
    title="Bài kiểm tra cuối lộ trình: Cán bộ, công chức",
    intro=(
        "Tám câu hỏi về văn bản điện tử, chữ ký số, họp trực tuyến, hướng dẫn dịch vụ công và "
        "an toàn thông tin. Thời gian làm bài 15 phút; cần đúng từ 80% trở lên để đạt, tối "
        "đa 3 lần làm."
    ),
    pass_mark_percent=80,
    max_attempts=3,
    time_limit_minutes=15,
    questions=(
        Question(
            kind="true_false",
            prompt=(
                "Văn bản điện tử được ký số đúng quy định có giá trị pháp lý như bản gốc văn "
                "bản giấy."
            ),
            answer=True,
            explanation=(
                "Đúng. Nghị định 30/2020/NĐ-CP về công tác văn thư quy định như vậy, nên văn "
                "bản có thể gửi, nhận hoàn toàn trên hệ thống."
            ),
        ),
        Question(
            kind="order",
            prompt="Sắp xếp các bước xử lý một văn bản đến trên hệ thống.",
            options=(
                Option(text="Đăng nhập hệ thống quản lý văn bản và điều hành"),
                Option(text="Mở mục “Văn bản đến” chờ xử lý"),
                Option(text="Đọc văn bản và ý kiến chỉ đạo của lãnh đạo"),
                Option(text="Chuyển xử lý cho người phối hợp, kèm ý kiến"),
                Option(text="Cập nhật kết quả và đánh dấu hoàn thành"),
            ),
            explanation="Đọc kỹ chỉ đạo trước khi xử lý, và luôn cập nhật kết quả khi xong.",
        ),
        Question(
            kind="single",
            prompt="Cách nào đúng để biết chữ ký số trên văn bản PDF còn hợp lệ?",
            options=(
                Option(
                    text="Nhìn hình con dấu đỏ và chữ ký trên văn bản",
                    feedback="Chưa đúng. Hình ảnh con dấu có thể bị sao chép, cắt ghép.",
                ),
                Option(
                    text="Mở bảng thông tin chữ ký trong phần mềm hỗ trợ ký số",
                    is_correct=True,
                    feedback="Đúng. Phần mềm cho biết ai ký, lúc nào và văn bản có bị sửa không.",
                ),
                Option(
                    text="Xem tên tệp có chữ “da ky” hay không",
                    feedback="Chưa đúng. Tên tệp ai cũng đặt được, không chứng minh điều gì.",
                ),
            ),
            explanation="Chỉ phần mềm kiểm tra chữ ký số mới xác nhận được chữ ký hợp lệ.",
        ),
        Question(
            kind="multiple",
            prompt="Giữ an toàn thiết bị ký số bằng cách nào? (Chọn tất cả đáp án đúng)",
            options=(
                Option(
                    text="Rút USB token khỏi máy ngay khi ký xong",
                    is_correct=True,
                    feedback="Đúng. Token cắm sẵn trên máy dễ bị người khác lợi dụng.",
                ),
                Option(
                    text="Dán mã PIN lên USB token cho khỏi quên",
                    feedback="Chưa đúng. Ai cầm được token là ký được bằng tên bạn.",
                ),
                Option(
                    text="Báo ngay cho đơn vị quản lý khi mất thiết bị",
                    is_correct=True,
                    feedback="Đúng. Báo sớm để tạm dừng, thu hồi chứng thư kịp thời.",
                ),
                Option(
                    text="Không đưa thiết bị và mã PIN cho người khác ký hộ",
                    is_correct=True,
                    feedback="Đúng. Văn bản ký bằng chữ ký số của bạn được coi là bạn ký.",
                ),
            ),
            explanation="Thiết bị ký số và mã PIN cần được giữ như giữ con dấu của cơ quan.",
        ),
        Question(
            kind="single",
            prompt="Trong cuộc họp trực tuyến, bạn muốn phát biểu. Bạn nên làm gì?",
            options=(
                Option(
                    text="Bật micro và nói ngay",
                    feedback="Chưa đúng. Bạn có thể nói chen ngang người đang phát biểu.",
                ),
                Option(
                    text="Bấm “Giơ tay”, chờ chủ trì mời rồi bật micro",
                    is_correct=True,
                    feedback="Đúng. Cuộc họp giữ được trật tự, ai cũng nghe rõ.",
                ),
                Option(
                    text="Nhắn riêng cho chủ trì qua Zalo",
                    feedback="Chưa đúng. Chủ trì đang điều hành họp, khó theo dõi Zalo.",
                ),
            ),
            explanation="Giơ tay, chờ đến lượt và tắt micro sau khi nói là nguyên tắc chung.",
        ),
        Question(
            kind="true_false",
            prompt=(
                "Cán bộ một cửa có thể xin mã OTP của người dân để nộp hồ sơ trực tuyến cho nhanh."
            ),
            answer=False,
            explanation=(
                "Sai. Mã OTP và mật khẩu là bí mật của người dân. Cán bộ chỉ hướng dẫn để "
                "người dân tự nhập."
            ),
        ),
        Question(
            kind="single",
            prompt=(
                "Bạn nhận email “Văn phòng UBND tỉnh” yêu cầu mở gấp tệp “ke_hoach.zip”, "
                "địa chỉ gửi là một hộp thư miễn phí lạ. Bạn làm gì?"
            ),
            options=(
                Option(
                    text="Mở ngay vì là việc của cấp trên",
                    feedback="Chưa đúng. Tệp nén lạ có thể chứa mã độc.",
                ),
                Option(
                    text="Chuyển tiếp cho cả phòng cùng xem",
                    feedback="Chưa đúng. Làm vậy có thể lây mã độc cho nhiều máy hơn.",
                ),
                Option(
                    text=(
                        "Không mở tệp, gọi điện hỏi lại nơi gửi và báo bộ phận công nghệ thông tin"
                    ),
                    is_correct=True,
                    feedback="Đúng. Xác minh qua kênh khác là cách an toàn nhất.",
                ),
            ),
            explanation=(
                "Email giả danh cơ quan cấp trên thường tạo cảm giác gấp gáp. Luôn kiểm tra "
                "địa chỉ người gửi trước khi mở tệp."
            ),
        ),
        Question(
            kind="multiple",
            prompt=(
                "Những việc nào giúp giữ an toàn thông tin tại cơ quan? (Chọn tất cả đáp án đúng)"
            ),
            options=(
                Option(
                    text="Nhấn Windows + L để khóa màn hình khi rời chỗ ngồi",
                    is_correct=True,
                    feedback="Đúng. Người khác không thể xem hay dùng máy của bạn.",
                ),
                Option(
                    text="Trao đổi tài liệu mật qua nhóm Zalo của phòng",
                    feedback="Chưa đúng. Tài liệu mật không được trao đổi qua ứng dụng phổ thông.",
                ),
                Option(
                    text="Không đăng đường link họp lên nhóm công khai",
                    is_correct=True,
                    feedback="Đúng. Người lạ có thể vào phòng họp nếu có đường link.",
                ),
                Option(
                    text="Dùng chung một mật khẩu cho cả phòng cho tiện",
                    feedback="Chưa đúng. Mỗi người phải có tài khoản, mật khẩu riêng.",
                ),
            ),
            explanation="An toàn thông tin bắt đầu từ những thói quen nhỏ của mỗi người.",
        ),
    ),
)

COURSE = Course(
    slug="ky-nang-so-can-bo",
    title="Kỹ năng số cho cán bộ, công chức",
    summary=(
        "Xử lý văn bản điện tử, kiểm tra chữ ký số, họp trực tuyến, hướng dẫn người dân làm "
        "dịch vụ công và giữ an toàn thông tin tại cơ quan."
    ),
    description=(
        "Khóa học dành cho cán bộ, công chức, viên chức cấp tỉnh và cấp xã. Học xong, bạn xử lý "
        "được văn bản đến trên hệ thống quản lý văn bản và điều hành, kiểm tra chữ ký số và giữ "
        "an toàn thiết bị ký số, tham gia và chủ trì họp trực tuyến, hướng dẫn người dân tự "
        "nộp hồ sơ trên Cổng Dịch vụ công quốc gia, nhận biết email giả mạo và bảo vệ máy tính "
        "làm việc."
    ),
    level=2,
    competences=("1.3", "2.1", "2.3", "2.4", "2.6", "4.1", "4.2"),
    target_groups=("officials",),
    image=Illustration(
        theme="office",
        alt="Cán bộ làm việc với văn bản điện tử trên máy tính tại trụ sở cơ quan",
        caption="Chính quyền số bắt đầu từ kỹ năng số của mỗi cán bộ.",
    ),
    modules=(
        Module(
            slug="van-ban-dien-tu-va-chu-ky-so",
            title="Văn bản điện tử và chữ ký số",
            summary=("Xử lý văn bản trên hệ thống, kiểm tra chữ ký số và giữ an toàn thông tin."),
            items=(_LESSON_DOCUMENTS, _LESSON_SIGNATURE),
        ),
        Module(
            slug="hop-truc-tuyen-va-phuc-vu-nguoi-dan",
            title="Họp trực tuyến và phục vụ người dân",
            summary=("Họp trực tuyến hiệu quả và hướng dẫn người dân nộp hồ sơ trực tuyến."),
            items=(_LESSON_MEETINGS, _LESSON_ONE_STOP, _FINAL_QUIZ),
        ),
    ),
)
