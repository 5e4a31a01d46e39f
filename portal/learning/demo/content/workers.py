"""Khóa học cho người lao động doanh nghiệp, hợp tác xã: kỹ năng số tại nơi làm việc."""

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

_LESSON_ZALO = Lesson(
    slug="lam-viec-trong-nhom-zalo",
    title="Làm việc chuyên nghiệp trong nhóm Zalo",
    summary=(
        "Nhắn tin công việc rõ ràng, đúng mực và dùng các chức năng gắn tên, ghim tin, bình "
        "chọn trong nhóm Zalo của tổ, đội."
    ),
    minutes=6,
    body=[
        ("heading", "Nhóm công việc khác nhóm bạn bè"),
        (
            "paragraph",
            "<p>Nhiều tổ sản xuất, hợp tác xã dùng nhóm Zalo để giao việc, báo lịch, gửi số "
            "liệu. Nhóm chạy tốt khi mỗi người nhắn <b>đúng việc, đúng giờ, đúng người</b>.</p>",
        ),
        (
            "list",
            [
                "Xưng hô lịch sự, viết rõ ràng, có dấu",
                "Gộp ý vào một tin, tránh gửi nhiều tin ngắn liên tục",
                "Chỉ nhắn việc chung; việc riêng thì nhắn riêng",
                "Không nhắn việc lúc đêm khuya, trừ khi thật sự gấp",
                "Được giao việc thì trả lời “Đã nhận” để người giao yên tâm",
            ],
        ),
        ("heading", "Ba chức năng nên biết"),
        (
            "steps",
            [
                Step(
                    title="Gõ @ để gắn tên người cần trả lời",
                    text=(
                        "Gõ dấu @ rồi chọn tên trong danh sách. Người được gắn tên sẽ nhận "
                        "thông báo riêng, không bị sót việc."
                    ),
                    screen=Screen(
                        kind="zalo-chat",
                        title="Tổ sản xuất chè số 2",
                        lines=(
                            "Mai: Sáng mai mấy giờ ạ?",
                            "6 giờ, hái chè ở đồi số 3.",
                            "Tú: Ai cân chè đợt 1 ạ?",
                            "@Hà Thị Mai nhận cân chè nhé",
                            "Mai: Em đã nhận ạ.",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Ghim tin nhắn quan trọng",
                    text=(
                        "Nhấn giữ vào tin nhắn, chọn “Ghim”. Tin được ghim hiện ở đầu nhóm để "
                        "ai vào cũng thấy ngay."
                    ),
                    screen=Screen(
                        kind="zalo-list",
                        title="Tin nhắn",
                        lines=(
                            "Trả lời",
                            "Chuyển tiếp",
                            "Sao chép",
                            "Ghim",
                            "Thu hồi",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Tạo bình chọn để chốt lịch",
                    text=(
                        "Trong nhóm, mở phần tiện ích và chọn “Bình chọn”. Mỗi người bấm chọn "
                        "một phương án, tổ trưởng không phải hỏi từng người."
                    ),
                    screen=Screen(
                        kind="zalo-form",
                        title="Tạo bình chọn",
                        lines=(
                            "Câu hỏi: Lịch họp tổ",
                            "Phương án 1: Thứ Bảy, 8 giờ",
                            "Phương án 2: Chủ nhật, 8 giờ",
                            "Tạo bình chọn",
                        ),
                        highlight=3,
                    ),
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="remember",
                text=(
                    "Giá bán, danh sách khách hàng, số tài khoản của đơn vị là thông tin nội bộ: "
                    "không chuyển tiếp ra ngoài. Xem kỹ tên nhóm trước khi bấm gửi."
                ),
            ),
        ),
        (
            "image",
            Illustration(
                theme="farm",
                alt="Tổ viên hợp tác xã chè xem tin nhắn giao việc trên điện thoại ngoài đồi",
                caption="Một tin nhắn rõ ràng giúp cả tổ làm đúng việc, đúng giờ.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt="Tổ trưởng giao việc cho bạn trong nhóm Zalo. Bạn nên làm gì?",
                options=(
                    Option(
                        text="Đọc rồi để đó, không cần trả lời",
                        feedback="Chưa đúng. Tổ trưởng không biết bạn đã đọc và nhận việc chưa.",
                    ),
                    Option(
                        text="Trả lời “Đã nhận”, có vướng mắc thì hỏi lại ngay",
                        is_correct=True,
                        feedback="Đúng. Người giao việc yên tâm, việc không bị bỏ sót.",
                    ),
                    Option(
                        text="Gửi một loạt nhãn dán cho vui",
                        feedback="Chưa đúng. Nhãn dán làm trôi tin nhắn công việc của cả nhóm.",
                    ),
                ),
                explanation=(
                    "Xác nhận khi được giao việc là phép lịch sự tối thiểu trong công việc."
                ),
            ),
        ),
    ],
)

_LESSON_SHEET = Lesson(
    slug="bang-cham-cong-don-gian",
    title="Lập bảng chấm công đơn giản trên bảng tính",
    summary=(
        "Tạo bảng chấm công trên Google Sheets hoặc Excel, dùng hàm SUM để tính tổng công và "
        "tiền công cho cả tổ."
    ),
    minutes=8,
    body=[
        ("heading", "Bảng tính giúp gì cho bạn?"),
        (
            "paragraph",
            "<p>Chấm công bằng sổ giấy dễ nhầm, cộng lâu. Với bảng tính như <b>Google Sheets</b> "
            "(tên tiếng Việt là Google Trang tính) hoặc <b>Excel</b>, máy tự cộng giúp bạn, và "
            "cả tổ có thể cùng xem một bảng. Ví dụ dưới đây chấm công một tuần cho tổ sản "
            "xuất.</p>",
        ),
        ("heading", "Lập bảng chấm công tuần"),
        (
            "steps",
            [
                Step(
                    title="Tạo bảng tính mới",
                    text="Mở ứng dụng Google Trang tính, bấm dấu cộng để tạo bảng tính trống.",
                    screen=Screen(
                        kind="sheets-list",
                        title="Google Trang tính",
                        lines=(
                            "+ Tạo bảng tính mới",
                            "Gần đây",
                            "Chấm công tháng 11",
                            "Sổ thu chi hợp tác xã",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Nhập tiêu đề cột và tên tổ viên",
                    text=(
                        "Ô A1 ghi “Họ tên”, các ô B1 đến G1 ghi thứ Hai đến thứ Bảy, H1 ghi "
                        "“Tổng công”, I1 ghi “Tiền công”. Từ dòng 2, mỗi dòng một người."
                    ),
                    screen=Screen(
                        kind="sheets-sheet",
                        title="Chấm công tuần 1",
                        lines=(
                            "Họ tên | T2 | T3 | … | T7",
                            "Lò Văn Minh",
                            "Hà Thị Mai",
                            "Sầm Văn Tú",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Chấm công mỗi ngày bằng số",
                    text=(
                        "Đi làm cả ngày ghi 1, nghỉ ghi 0. Nhớ ghi số, không ghi chữ “x” hay "
                        "“có”, vì máy chỉ cộng được số."
                    ),
                    screen=Screen(
                        kind="sheets-sheet",
                        title="Chấm công tuần 1",
                        lines=(
                            "Họ tên | T2 | T3 | … | T7",
                            "Lò Văn Minh | 1 | 1 | … | 1",
                            "Hà Thị Mai | 1 | 0 | … | 1",
                            "Sầm Văn Tú | 1 | 1 | … | 0",
                        ),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Tính tổng công bằng hàm SUM",
                    text=(
                        "Chọn ô H2, gõ =SUM(B2:G2) rồi nhấn Enter (trên điện thoại bấm dấu tích). "
                        "Máy cộng các ngày công từ B2 đến G2."
                    ),
                    screen=Screen(
                        kind="sheets-sheet",
                        title="Chấm công tuần 1",
                        lines=(
                            "Tên | T7 | Tổng công",
                            "Minh | 1 | =SUM(B2:G2)",
                            "Mai | 1 | 5",
                            "Tú | 0 | 5",
                        ),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Tính tiền công và chép công thức",
                    text=(
                        "Nếu một ngày công là 250.000 đồng, ô I2 gõ =H2*250000. Sao chép hai "
                        "ô H2, I2 rồi dán xuống các dòng dưới, máy tự đổi số dòng cho đúng."
                    ),
                    screen=Screen(
                        kind="sheets-sheet",
                        title="Chấm công tuần 1",
                        lines=(
                            "Tên | Tổng công | Tiền công",
                            "Minh | 6 | =H2*250000",
                            "Mai | 5 | 1.250.000",
                            "Tú | 5 | 1.250.000",
                        ),
                        highlight=1,
                    ),
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="tip",
                text=(
                    "Muốn biết cả tổ hết bao nhiêu tiền công, chọn ô dưới cùng của cột I và gõ "
                    "=SUM(I2:I4), thay I4 bằng ô cuối cùng có số liệu."
                ),
            ),
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text=(
                    "Bảng công có thông tin thu nhập của từng người. Khi bấm “Chia sẻ”, chỉ "
                    "thêm người cần xem và để quyền “Người xem” nếu họ không cần sửa."
                ),
            ),
        ),
        (
            "image",
            Illustration(
                theme="office",
                alt="Kế toán hợp tác xã lập bảng chấm công trên máy tính",
                caption="Máy tự cộng, bạn chỉ cần nhập số cho đúng.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt="Để cộng số công từ ô B2 đến ô G2, bạn gõ công thức nào?",
                options=(
                    Option(
                        text="=SUM(B2:G2)",
                        is_correct=True,
                        feedback="Đúng. Hàm SUM cộng tất cả các ô từ B2 đến G2.",
                    ),
                    Option(
                        text="SUM B2 G2",
                        feedback="Chưa đúng. Công thức phải bắt đầu bằng dấu = và có ngoặc.",
                    ),
                    Option(
                        text="=B2:G2",
                        feedback="Chưa đúng. Thiếu tên hàm SUM nên máy không biết phải cộng.",
                    ),
                ),
                explanation="Công thức luôn bắt đầu bằng dấu =, vùng ô viết trong ngoặc đơn.",
            ),
        ),
    ],
)

_LESSON_SELLING = Lesson(
    slug="dang-ban-san-pham-ocop",
    title="Đăng bán sản phẩm OCOP trên sàn thương mại điện tử",
    summary=(
        "Chụp ảnh sản phẩm thật, viết mô tả trung thực và đăng bán chè Shan tuyết, quế Văn "
        "Yên và các sản phẩm OCOP trên sàn thương mại điện tử."
    ),
    minutes=8,
    body=[
        ("heading", "Đưa đặc sản quê hương lên mạng"),
        (
            "paragraph",
            "<p>Chè Shan tuyết Suối Giàng, quế Văn Yên và nhiều sản phẩm OCOP khác của tỉnh nay "
            "có thể bán tới khách hàng cả nước qua các sàn thương mại điện tử như Shopee, "
            "Lazada, TikTok Shop hay Postmart của Bưu điện Việt Nam. Khách không được cầm tận "
            "tay sản phẩm, nên <b>ảnh thật và mô tả trung thực</b> là điều quyết định.</p>",
        ),
        ("heading", "Chụp ảnh sản phẩm"),
        (
            "list",
            [
                "Chụp gần cửa sổ, dùng ánh sáng tự nhiên, không bật đèn flash",
                "Nền đơn giản: tấm vải mộc, mặt bàn gỗ, nong tre",
                "Chụp nhiều góc, chụp rõ nhãn, tem OCOP và mã truy xuất",
                "Dùng ảnh sản phẩm của chính mình, không lấy ảnh trên mạng",
            ],
        ),
        ("heading", "Các bước đăng một sản phẩm"),
        (
            "steps",
            [
                Step(
                    title="Mở ứng dụng người bán, chọn “Thêm sản phẩm”",
                    text="Tên các mục có thể khác nhau một chút giữa các sàn.",
                    screen=Screen(
                        kind="shop-list",
                        title="Kênh người bán",
                        lines=(
                            "Đơn hàng",
                            "Sản phẩm của tôi",
                            "+ Thêm sản phẩm",
                            "Tài chính",
                        ),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Tải ảnh và đặt tên sản phẩm",
                    text=(
                        "Chọn ảnh đẹp nhất làm ảnh bìa. Tên nêu rõ loại hàng, vùng trồng và "
                        "khối lượng, ví dụ: Chè Shan tuyết Suối Giàng, túi 200 g."
                    ),
                    screen=Screen(
                        kind="shop-form",
                        title="Thêm sản phẩm",
                        lines=(
                            "+ Thêm ảnh sản phẩm",
                            "Tên sản phẩm",
                            "Danh mục: Trà, chè",
                            "Tiếp tục",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Viết mô tả trung thực",
                    text=(
                        "Ghi nơi sản xuất, thành phần, khối lượng, hạn sử dụng, cách bảo quản. "
                        "Chỉ ghi số sao OCOP đúng như giấy chứng nhận."
                    ),
                    screen=Screen(
                        kind="shop-form",
                        title="Mô tả sản phẩm",
                        lines=(
                            "Nơi sản xuất",
                            "Khối lượng tịnh",
                            "Hạn sử dụng",
                            "Cách bảo quản",
                            "Lưu mô tả",
                        ),
                    ),
                ),
                Step(
                    title="Nhập giá, số lượng và cân nặng gói hàng",
                    text=(
                        "Cân nặng và kích thước gói hàng dùng để tính phí vận chuyển. Kiểm tra "
                        "lại rồi bấm lưu và hiển thị."
                    ),
                    screen=Screen(
                        kind="shop-form",
                        title="Thêm sản phẩm",
                        lines=(
                            "Giá bán",
                            "Kho hàng",
                            "Cân nặng (sau đóng gói)",
                            "Lưu và hiển thị",
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
                    "Không quảng cáo chè, quế hay thực phẩm khác là “chữa được bệnh”. Quảng cáo "
                    "như vậy là sai quy định và làm mất lòng tin của khách."
                ),
            ),
        ),
        (
            "image",
            Illustration(
                theme="market",
                alt="Thành viên hợp tác xã chụp ảnh gói chè và bó quế để đăng bán trực tuyến",
                caption="Ảnh thật, mô tả thật giúp khách tin và quay lại mua tiếp.",
            ),
        ),
        (
            "check",
            Question(
                kind="multiple",
                prompt=(
                    "Mô tả sản phẩm quế Văn Yên nên có những thông tin nào? "
                    "(Chọn tất cả đáp án đúng)"
                ),
                options=(
                    Option(
                        text="Nơi sản xuất và khối lượng tịnh",
                        is_correct=True,
                        feedback="Đúng. Khách cần biết hàng từ đâu và được bao nhiêu.",
                    ),
                    Option(
                        text="Hạn sử dụng và cách bảo quản",
                        is_correct=True,
                        feedback="Đúng. Thông tin này giúp khách dùng sản phẩm an toàn.",
                    ),
                    Option(
                        text="“Chữa khỏi mọi bệnh dạ dày”",
                        feedback="Chưa đúng. Thực phẩm không được quảng cáo là chữa bệnh.",
                    ),
                    Option(
                        text="Số sao OCOP đúng như giấy chứng nhận",
                        is_correct=True,
                        feedback="Đúng. Ghi đúng số sao là trung thực với khách hàng.",
                    ),
                ),
                explanation="Mô tả trung thực, đầy đủ giúp khách yên tâm và ít bị trả hàng.",
            ),
        ),
    ],
)

_LESSON_PAYMENT = Lesson(
    slug="thanh-toan-qr-hoa-don-va-an-toan-du-lieu",
    title="Nhận tiền qua mã QR, hóa đơn điện tử và an toàn dữ liệu",
    summary=(
        "Nhận tiền bằng mã QR an toàn, hiểu cơ bản về hóa đơn điện tử và giữ gìn dữ liệu "
        "khách hàng, tài khoản của đơn vị."
    ),
    minutes=8,
    body=[
        ("heading", "Nhận tiền bằng mã QR"),
        (
            "steps",
            [
                Step(
                    title="Lấy mã QR nhận tiền",
                    text=(
                        "Mở ứng dụng ngân hàng, chọn mục mã QR nhận tiền. Kiểm tra "
                        "đúng tên chủ tài khoản rồi lưu ảnh hoặc in ra."
                    ),
                    screen=Screen(
                        kind="bank-list",
                        title="Ngân hàng số",
                        lines=(
                            "Chuyển tiền",
                            "Mã QR nhận tiền",
                            "Lịch sử giao dịch",
                            "Cài đặt",
                        ),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Đặt mã QR nơi khách dễ quét",
                    text=(
                        "Đặt ở quầy hoặc gửi kèm đơn hàng. Thỉnh thoảng kiểm tra để chắc chắn mã "
                        "không bị kẻ gian dán đè mã khác."
                    ),
                    screen=Screen(
                        kind="qr",
                        title="Mã QR nhận tiền",
                        lines=(
                            "VietQR",
                            "LO THI HOA",
                            "Quét để chuyển tiền",
                            "Lưu ảnh",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Kiểm tra tiền đã về tài khoản",
                    text=(
                        "Chỉ giao hàng khi ứng dụng ngân hàng của bạn báo đã nhận tiền. Ảnh "
                        "chụp màn hình khách gửi có thể là ảnh giả."
                    ),
                    screen=Screen(
                        kind="bank-list",
                        title="Lịch sử giao dịch",
                        lines=(
                            "+180.000 VND",
                            "Từ: NGUYEN VAN NAM",
                            "Nội dung: mua che 2 goi",
                            "Hôm nay, 14:32",
                        ),
                        highlight=0,
                    ),
                ),
            ],
        ),
        ("heading", "Hóa đơn điện tử là gì?"),
        (
            "paragraph",
            "<p>Hóa đơn điện tử được lập bằng phần mềm và gửi cho người mua qua email hoặc tin "
            "nhắn. Doanh nghiệp, hợp tác xã bán hàng phải lập hóa đơn điện tử theo quy định "
            "(Nghị định 123/2020/NĐ-CP và các văn bản sửa đổi). Người mua tra cứu hóa đơn "
            'tại <a href="https://hoadondientu.gdt.gov.vn">hoadondientu.gdt.gov.vn</a>. Khi nhận '
            "hóa đơn, hãy xem đủ các thông tin dưới đây.</p>",
        ),
        (
            "list",
            [
                "Tên, địa chỉ, mã số thuế của người bán; thông tin người mua",
                "Tên hàng, số lượng, đơn giá, thuế suất, tổng tiền",
                "Ký hiệu và số hóa đơn",
                "Mã của cơ quan thuế, nếu là hóa đơn có mã",
            ],
        ),
        ("heading", "Giữ an toàn dữ liệu nơi làm việc"),
        (
            "paragraph",
            "<p>Số điện thoại, địa chỉ của khách và sổ sách của đơn vị là tài sản chung. "
            "Không gửi danh sách khách hàng ra ngoài, dùng mật khẩu riêng và bật xác thực hai "
            "lớp cho tài khoản ngân hàng, sàn thương mại điện tử, Zalo. Sao lưu sổ sách định "
            "kỳ và đăng xuất khi dùng máy chung.</p>",
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text=(
                    "Không đọc mã OTP cho bất kỳ ai qua điện thoại, kể cả người xưng là nhân "
                    "viên ngân hàng, sàn thương mại điện tử hay cơ quan thuế."
                ),
            ),
        ),
        (
            "image",
            Illustration(
                theme="market",
                alt="Khách hàng quét mã QR để trả tiền tại gian hàng nông sản của hợp tác xã",
                caption="Quét mã tiện lợi, nhưng luôn xem tiền đã về tài khoản hay chưa.",
            ),
        ),
        (
            "check",
            Question(
                kind="true_false",
                prompt=(
                    "Khách gửi ảnh chụp màn hình “chuyển khoản thành công” là đủ để giao hàng."
                ),
                answer=False,
                explanation=(
                    "Sai. Ảnh chụp màn hình có thể bị làm giả. Chỉ giao hàng khi ứng dụng ngân "
                    "hàng của bạn báo tiền đã về."
                ),
            ),
        ),
    ],
)

_FINAL_QUIZ = Quiz(
    slug="kiem-tra-cuoi-lo-trinh-nguoi-lao-dong",
    title="Bài kiểm tra cuối lộ trình: Người lao động",
    intro=(
        "Tám câu hỏi về làm việc nhóm trên Zalo, bảng tính, bán hàng trực tuyến, thanh toán và "
        "an toàn dữ liệu. Bạn cần trả lời đúng từ 80% trở lên để đạt, được làm tối đa 3 lần."
    ),
    pass_mark_percent=80,
    max_attempts=3,
    questions=(
        Question(
            kind="multiple",
            prompt=(
                "Những cách nhắn tin nào phù hợp trong nhóm Zalo công việc? "
                "(Chọn tất cả đáp án đúng)"
            ),
            options=(
                Option(
                    text="Gõ @ để gắn tên người cần trả lời",
                    is_correct=True,
                    feedback="Đúng. Người được gắn tên nhận thông báo, không bị sót việc.",
                ),
                Option(
                    text="Gửi nhiều tin ngắn liên tục cho nhanh",
                    feedback="Chưa đúng. Nhiều tin rời rạc làm người đọc khó theo dõi.",
                ),
                Option(
                    text="Ghim thông báo quan trọng lên đầu nhóm",
                    is_correct=True,
                    feedback="Đúng. Ai vào nhóm cũng thấy ngay thông báo đó.",
                ),
                Option(
                    text="Chuyển tiếp bảng giá nội bộ cho người ngoài",
                    feedback="Chưa đúng. Thông tin nội bộ không được đưa ra ngoài.",
                ),
            ),
            explanation="Nhắn đúng việc, đúng người và giữ kín thông tin nội bộ.",
        ),
        Question(
            kind="single",
            prompt="Trong bảng chấm công, vì sao nên ghi số 1 thay cho chữ “x” khi đi làm?",
            options=(
                Option(
                    text="Vì hàm SUM chỉ cộng được ô chứa số",
                    is_correct=True,
                    feedback="Đúng. Ô ghi chữ sẽ bị bỏ qua khi tính tổng.",
                ),
                Option(
                    text="Vì chữ “x” làm hỏng tệp bảng tính",
                    feedback="Chưa đúng. Tệp không hỏng, nhưng máy không cộng được chữ.",
                ),
                Option(
                    text="Vì số 1 trông đẹp hơn",
                    feedback="Chưa đúng. Lý do chính là để máy tính được tổng công.",
                ),
            ),
            explanation="Nhập số thì bảng tính mới tự cộng, tự nhân giúp bạn.",
        ),
        Question(
            kind="order",
            prompt="Sắp xếp các bước tính tổng công cho một tổ viên.",
            options=(
                Option(text="Nhập tiêu đề cột: Họ tên, các ngày, Tổng công"),
                Option(text="Ghi 1 cho ngày đi làm, 0 cho ngày nghỉ"),
                Option(text="Chọn ô ở cột Tổng công của người đó"),
                Option(text="Gõ =SUM(B2:G2) rồi nhấn Enter"),
            ),
            explanation="Có khung bảng và số liệu trước, rồi mới đặt công thức tính tổng.",
        ),
        Question(
            kind="single",
            prompt="Ảnh nào nên dùng để đăng bán chè Shan tuyết của hợp tác xã?",
            options=(
                Option(
                    text="Ảnh đẹp tải từ trên mạng về",
                    feedback="Chưa đúng. Ảnh không phải hàng thật dễ làm khách thất vọng.",
                ),
                Option(
                    text="Ảnh tự chụp sản phẩm thật, rõ nhãn và tem OCOP",
                    is_correct=True,
                    feedback="Đúng. Khách thấy đúng hàng mình sẽ nhận.",
                ),
                Option(
                    text="Ảnh chỉnh màu thật đậm cho nổi bật",
                    feedback="Chưa đúng. Màu sai lệch khiến khách nghĩ bị lừa khi nhận hàng.",
                ),
            ),
            explanation="Ảnh thật, rõ nét là cách bán hàng trung thực và bền lâu.",
        ),
        Question(
            kind="true_false",
            prompt="Có thể quảng cáo quế Văn Yên là “chữa khỏi bệnh” để bán được nhiều hàng hơn.",
            answer=False,
            explanation=(
                "Sai. Thực phẩm không được quảng cáo có tác dụng chữa bệnh. Hãy mô tả đúng "
                "nguồn gốc, chất lượng và cách dùng."
            ),
        ),
        Question(
            kind="single",
            prompt="Khách báo đã chuyển tiền qua mã QR. Khi nào bạn nên giao hàng?",
            options=(
                Option(
                    text="Ngay khi khách gửi ảnh chụp màn hình chuyển khoản",
                    feedback="Chưa đúng. Ảnh chụp màn hình có thể bị làm giả.",
                ),
                Option(
                    text="Khi ứng dụng ngân hàng của mình báo đã nhận đủ tiền",
                    is_correct=True,
                    feedback="Đúng. Đây là bằng chứng chắc chắn nhất.",
                ),
                Option(
                    text="Khi khách hứa sẽ chuyển sau",
                    feedback="Chưa đúng. Bạn có thể mất cả hàng lẫn tiền.",
                ),
            ),
            explanation="Luôn tự kiểm tra biến động số dư trên ứng dụng ngân hàng của mình.",
        ),
        Question(
            kind="true_false",
            prompt=(
                "Người mua có thể tra cứu hóa đơn điện tử trên trang hoadondientu.gdt.gov.vn "
                "của cơ quan thuế."
            ),
            answer=True,
            explanation=(
                "Đúng. Tra cứu giúp người mua biết hóa đơn có thật và thông tin trên hóa đơn "
                "có khớp hay không."
            ),
        ),
        Question(
            kind="multiple",
            prompt=(
                "Những việc nào giúp giữ an toàn dữ liệu của hợp tác xã? (Chọn tất cả đáp án đúng)"
            ),
            options=(
                Option(
                    text="Bật xác thực hai lớp cho tài khoản ngân hàng và sàn bán hàng",
                    is_correct=True,
                    feedback="Đúng. Kẻ gian có mật khẩu cũng khó vào được tài khoản.",
                ),
                Option(
                    text="Đọc mã OTP cho người xưng là nhân viên ngân hàng",
                    feedback="Chưa đúng. Không ai có quyền hỏi mã OTP của bạn.",
                ),
                Option(
                    text="Sao lưu sổ sách định kỳ",
                    is_correct=True,
                    feedback="Đúng. Mất máy hay hỏng máy vẫn còn dữ liệu.",
                ),
                Option(
                    text="Gửi danh sách khách hàng cho người quen nhờ bán hộ",
                    feedback="Chưa đúng. Thông tin khách hàng phải được giữ kín.",
                ),
            ),
            explanation="Dữ liệu khách hàng và tài khoản của đơn vị cần được bảo vệ như tài sản.",
        ),
    ),
)

COURSE = Course(
    slug="ky-nang-so-noi-lam-viec",
    title="Kỹ năng số tại nơi làm việc",
    summary=(
        "Làm việc nhóm trên Zalo, chấm công bằng bảng tính, đăng bán sản phẩm OCOP, nhận tiền "
        "qua mã QR và giữ an toàn dữ liệu cho người lao động, thành viên hợp tác xã."
    ),
    description=(
        "Khóa học dành cho người lao động trong doanh nghiệp, hợp tác xã và tổ sản xuất. Học "
        "xong, bạn biết trao đổi công việc rõ ràng trong nhóm Zalo, lập bảng chấm công và tính "
        "tổng bằng bảng tính, chụp ảnh và viết mô tả trung thực để đăng bán sản phẩm OCOP trên "
        "sàn thương mại điện tử, nhận tiền qua mã QR an toàn, hiểu cơ bản về hóa đơn điện tử "
        "và giữ gìn dữ liệu của đơn vị."
    ),
    level=1,
    competences=("1.3", "2.2", "2.4", "2.5", "3.1", "4.2"),
    target_groups=("workers",),
    image=Illustration(
        theme="market",
        alt="Thành viên hợp tác xã giới thiệu chè và quế, bên cạnh là điện thoại bán hàng",
        caption="Kỹ năng số giúp sản phẩm quê hương đến gần hơn với khách hàng.",
    ),
    modules=(
        Module(
            slug="lam-viec-nhom-va-bang-tinh",
            title="Làm việc nhóm và bảng tính",
            summary="Trao đổi công việc trong nhóm Zalo và lập bảng chấm công đơn giản.",
            items=(_LESSON_ZALO, _LESSON_SHEET),
        ),
        Module(
            slug="ban-hang-truc-tuyen-va-thanh-toan",
            title="Bán hàng trực tuyến và thanh toán",
            summary=(
                "Đăng bán sản phẩm OCOP, nhận tiền qua mã QR, hóa đơn điện tử và an toàn dữ liệu."
            ),
            items=(_LESSON_SELLING, _LESSON_PAYMENT, _FINAL_QUIZ),
        ),
    ),
)
