"""Khóa học “Thanh toán không dùng tiền mặt an toàn”, with the adults path's final quiz."""

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

_LESSON_BANK_APP = Lesson(
    slug="ung-dung-ngan-hang-co-ban",
    title="Ứng dụng ngân hàng trên điện thoại",
    summary="Ứng dụng ngân hàng làm được gì, cần chuẩn bị gì để bắt đầu, cách đăng nhập, xem "
    "số dư và lịch sử giao dịch.",
    minutes=6,
    body=[
        (
            "paragraph",
            "<p>Ứng dụng ngân hàng, còn gọi là <b>ngân hàng số</b>, giúp bạn xem số dư, chuyển "
            "tiền, trả tiền điện nước, nhận tiền lương hay tiền bán nông sản ngay trên điện "
            "thoại, không phải ra quầy giao dịch.</p>",
        ),
        ("heading", "Cần chuẩn bị gì?"),
        (
            "list",
            [
                "Một tài khoản ngân hàng: mở tại quầy giao dịch gần nhà, mang theo thẻ căn cước.",
                "Số điện thoại chính chủ, tức là số đứng tên chính bạn.",
                "Ứng dụng đúng tên ngân hàng, cài từ CH Play hoặc App Store.",
                "Đăng ký xác thực bằng khuôn mặt, vân tay (gọi là sinh trắc học) theo hướng "
                "dẫn của ngân hàng.",
            ],
        ),
        (
            "paragraph",
            "<p>Theo quy định của Ngân hàng Nhà nước, khuôn mặt của bạn phải được đối chiếu với "
            "thẻ căn cước gắn chíp thì mới chuyển tiền trên ứng dụng được. Khi chuyển <b>trên 10 "
            "triệu đồng một lần</b>, hoặc tổng trong ngày trên 20 triệu đồng, ứng dụng sẽ yêu "
            "cầu quét khuôn mặt. Việc này giúp kẻ gian khó lấy tiền của bạn hơn.</p>",
        ),
        ("heading", "Đăng nhập và xem số dư"),
        (
            "steps",
            [
                Step(
                    title="Mở ứng dụng ngân hàng",
                    text="Chạm vào biểu tượng ứng dụng ngân hàng trên màn hình chính.",
                    screen=Screen(
                        kind="android-home",
                        title="Màn hình chính",
                        lines=("Điện thoại", "Zalo", "VNeID", "Ngân hàng"),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Đăng nhập",
                    text="Nhập mật khẩu, hoặc dùng vân tay, khuôn mặt nếu đã cài đặt.",
                    screen=Screen(
                        kind="bank-form",
                        title="Đăng nhập",
                        lines=("Số điện thoại", "Mật khẩu", "Đăng nhập bằng vân tay", "Đăng nhập"),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Xem số dư trên trang chủ",
                    text="Chạm vào hình con mắt để hiện số dư. Các nút hay dùng là Chuyển tiền, "
                    "Quét mã QR và Thanh toán hóa đơn.",
                    screen=Screen(
                        kind="bank-home",
                        title="Trang chủ",
                        lines=(
                            "Số dư: ******",
                            "Chuyển tiền",
                            "Quét mã QR",
                            "Thanh toán hóa đơn",
                            "Lịch sử giao dịch",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Xem lịch sử giao dịch",
                    text="Mục này ghi lại mọi khoản tiền vào, tiền ra. Nên xem thường xuyên để "
                    "sớm phát hiện giao dịch lạ.",
                    screen=Screen(
                        kind="bank-home",
                        title="Trang chủ",
                        lines=(
                            "Số dư: ******",
                            "Chuyển tiền",
                            "Quét mã QR",
                            "Thanh toán hóa đơn",
                            "Lịch sử giao dịch",
                        ),
                        highlight=4,
                    ),
                ),
                Step(
                    title="Đăng xuất khi dùng xong",
                    text="Bấm Đăng xuất, nhất là trước khi cho người khác mượn máy.",
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="remember",
                text="Ngân hàng không gửi link bắt bạn cài ứng dụng hay “cập nhật sinh trắc học” "
                "qua tin nhắn. Cần làm gì, hãy làm trên ứng dụng chính thức hoặc ra quầy.",
            ),
        ),
        (
            "image",
            Illustration(
                theme="market",
                alt="Người bán hàng ở chợ phiên đưa điện thoại cho khách xem thông báo nhận tiền",
                caption="Ngân hàng số giúp mua bán ở chợ phiên nhanh gọn, không lo tiền lẻ.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt="Bạn nên cài ứng dụng ngân hàng từ đâu?",
                options=(
                    Option(
                        text="Kho CH Play hoặc App Store, đúng tên ngân hàng",
                        is_correct=True,
                        feedback="Đúng. Đây là nguồn chính thức, an toàn.",
                    ),
                    Option(
                        text="Đường link trong tin nhắn “ngân hàng” gửi đến",
                        feedback="Sai. Ngân hàng không gửi link cài ứng dụng; đây là ứng dụng giả.",
                    ),
                    Option(
                        text="Tệp cài đặt người quen gửi qua Zalo",
                        feedback="Sai. Tài khoản người quen có thể đã bị kẻ gian chiếm để gửi mã "
                        "độc.",
                    ),
                ),
                explanation="Chỉ cài ứng dụng ngân hàng từ CH Play hoặc App Store.",
            ),
        ),
    ],
)

_LESSON_TRANSFER = Lesson(
    slug="chuyen-tien-so-tai-khoan-vietqr",
    title="Chuyển tiền bằng số tài khoản và mã VietQR",
    summary="Chuyển tiền bằng cách quét mã VietQR hoặc nhập số tài khoản, và luôn kiểm tra tên "
    "người nhận trước khi xác nhận.",
    minutes=7,
    body=[
        (
            "paragraph",
            "<p>Có hai cách chuyển tiền phổ biến: <b>quét mã VietQR</b> – mã vuông đen trắng mà "
            "người bán hay người thân đưa cho bạn, hoặc <b>nhập số tài khoản</b> của người nhận. "
            "Mã VietQR dùng chung cho hầu hết ngân hàng ở Việt Nam, nên ứng dụng ngân hàng nào "
            "cũng quét được.</p>",
        ),
        ("heading", "Chuyển tiền bằng mã VietQR"),
        (
            "steps",
            [
                Step(
                    title="Chọn Quét mã QR",
                    text="Trên trang chủ ứng dụng ngân hàng, chạm vào nút Quét mã QR.",
                    screen=Screen(
                        kind="bank-home",
                        title="Trang chủ",
                        lines=("Số dư: ******", "Chuyển tiền", "Quét mã QR", "Thanh toán hóa đơn"),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Đưa mã QR vào khung",
                    text="Giữ máy chắc tay cho mã nằm gọn trong khung. Có thể chọn ảnh mã QR người "
                    "thân gửi qua Zalo.",
                    screen=Screen(
                        kind="bank-qr",
                        title="Quét mã QR",
                        lines=("Đưa mã QR vào khung", "Chọn ảnh mã QR từ máy", "Bật đèn"),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Kiểm tra tên người nhận",
                    text="Tên chủ tài khoản hiện ra tự động. Đối chiếu với người bạn định trả "
                    "tiền; tên khác là dừng lại ngay.",
                    screen=Screen(
                        kind="bank-payment",
                        title="Chuyển tiền",
                        lines=(
                            "Người nhận: LO THI MAI",
                            "Ngân hàng nhận",
                            "Số tiền",
                            "Nội dung",
                            "Tiếp tục",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Nhập số tiền, nội dung rồi bấm Tiếp tục",
                    text="Nhiều mã QR của cửa hàng đã có sẵn số tiền. Nội dung nên ghi ngắn gọn "
                    "để sau này dễ tra.",
                    screen=Screen(
                        kind="bank-payment",
                        title="Chuyển tiền",
                        lines=(
                            "Người nhận: LO THI MAI",
                            "Số tiền: 250.000 đ",
                            "Nội dung: Mua 5 kg mận",
                            "Tiếp tục",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Xác nhận giao dịch",
                    text="Tự nhập mã xác thực hoặc dùng vân tay, khuôn mặt. Màn hình báo “Giao "
                    "dịch thành công” là xong.",
                    screen=Screen(
                        kind="bank-form",
                        title="Xác nhận giao dịch",
                        lines=(
                            "Số tiền: 250.000 đ",
                            "Người nhận: LO THI MAI",
                            "Nhập mã xác thực",
                            "Xác nhận",
                        ),
                        highlight=3,
                    ),
                ),
            ],
        ),
        ("heading", "Chuyển tiền bằng số tài khoản"),
        (
            "paragraph",
            "<p>Chọn <b>Chuyển tiền</b>, chọn ngân hàng của người nhận, gõ số tài khoản. Tên chủ "
            "tài khoản sẽ tự hiện ra. Các bước sau giống hệt khi quét mã QR: kiểm tra tên, nhập "
            "số tiền, nội dung rồi xác nhận.</p>",
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text="Tiền đã chuyển đi rất khó lấy lại. Luôn đọc tên người nhận trước khi xác "
                "nhận. Người lạ nhờ chuyển vào tài khoản mang tên người khác là dấu hiệu đáng "
                "ngờ.",
            ),
        ),
        (
            "image",
            Illustration(
                theme="market",
                alt="Tấm bìa in mã VietQR dán ở quầy bán mận, khách đưa điện thoại lên quét",
                caption="Quét mã, xem đúng tên chủ quầy rồi mới xác nhận trả tiền.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt="Quét mã QR xong, tên người nhận hiện “TRAN VAN HUNG”, nhưng bạn định trả "
                "tiền cho chị Mai bán rau. Bạn làm gì?",
                options=(
                    Option(
                        text="Dừng lại, hỏi chị Mai cho rõ rồi mới chuyển",
                        is_correct=True,
                        feedback="Đúng. Tên không khớp thì phải hỏi lại, có thể mã QR đã bị "
                        "dán đè.",
                    ),
                    Option(
                        text="Cứ chuyển, chắc là tài khoản của người nhà chị Mai",
                        feedback="Sai. Đừng tự đoán. Tiền chuyển nhầm rất khó đòi lại.",
                    ),
                    Option(
                        text="Chuyển trước một nửa số tiền để thử",
                        feedback="Sai. Chuyển nhầm dù ít hay nhiều cũng là mất tiền.",
                    ),
                ),
                explanation="Tên người nhận phải khớp với người bạn định trả tiền, không khớp là "
                "dừng lại.",
            ),
        ),
    ],
)

_LESSON_BILLS = Lesson(
    slug="thanh-toan-tien-dien-nuoc",
    title="Thanh toán tiền điện, tiền nước trên ứng dụng",
    summary="Trả tiền điện, tiền nước hằng tháng bằng ứng dụng ngân hàng với mã khách hàng in "
    "trên hóa đơn.",
    minutes=5,
    body=[
        (
            "paragraph",
            "<p>Trả tiền điện, tiền nước qua ứng dụng ngân hàng giúp bạn khỏi phải chờ người đến "
            "thu hay ra điểm thu. Bạn chỉ cần <b>mã khách hàng</b> in trên hóa đơn hoặc trong "
            "tin nhắn báo tiền điện, tiền nước hằng tháng.</p>",
        ),
        ("heading", "Trả tiền điện từng bước"),
        (
            "steps",
            [
                Step(
                    title="Chọn Thanh toán hóa đơn",
                    text="Trên trang chủ ứng dụng ngân hàng, chạm vào nút Thanh toán hóa đơn.",
                    screen=Screen(
                        kind="bank-home",
                        title="Trang chủ",
                        lines=(
                            "Chuyển tiền",
                            "Quét mã QR",
                            "Thanh toán hóa đơn",
                            "Lịch sử giao dịch",
                        ),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Chọn Tiền điện và nhà cung cấp",
                    text="Chọn “Tiền điện”, rồi chọn điện lực nơi bạn ở. Ở các tỉnh phía Bắc là "
                    "Tổng công ty Điện lực miền Bắc (EVNNPC).",
                    screen=Screen(
                        kind="bank-list",
                        title="Thanh toán hóa đơn",
                        lines=("Tiền điện", "Tiền nước", "Internet, truyền hình", "Học phí"),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Nhập mã khách hàng",
                    text="Gõ mã khách hàng in trên hóa đơn. Chọn lưu lại để tháng sau không phải "
                    "gõ lại.",
                    screen=Screen(
                        kind="bank-form",
                        title="Tiền điện",
                        lines=(
                            "Nhà cung cấp: EVNNPC",
                            "Mã khách hàng",
                            "Lưu hóa đơn này",
                            "Kiểm tra",
                        ),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Đối chiếu tên, số tiền rồi thanh toán",
                    text="Xem đúng tên chủ hộ, đúng kỳ hóa đơn và số tiền, rồi bấm Thanh toán và "
                    "xác nhận.",
                    screen=Screen(
                        kind="bank-payment",
                        title="Hóa đơn tiền điện",
                        lines=(
                            "Chủ hộ: GIANG A SINH",
                            "Kỳ: tháng 11",
                            "Số tiền: 186.500 đ",
                            "Thanh toán",
                        ),
                        highlight=3,
                    ),
                ),
            ],
        ),
        (
            "paragraph",
            "<p>Trả tiền nước làm tương tự: chọn <b>Tiền nước</b>, chọn công ty cấp nước ở địa "
            "phương rồi nhập mã khách hàng. Nhiều ứng dụng còn cho đăng ký <b>tự động thanh "
            "toán</b> hằng tháng, khỏi lo quên hạn.</p>",
        ),
        ("heading", "Sau khi trả tiền"),
        (
            "list",
            [
                "Màn hình báo “Giao dịch thành công” là đã trả xong.",
                "Muốn xem lại, mở mục Lịch sử giao dịch hoặc chụp màn hình để lưu.",
                "Tiền đã trừ mà vẫn bị báo nợ: mang ảnh chụp giao dịch ra điểm thu, hoặc gọi tổng "
                "đài chăm sóc khách hàng để được kiểm tra.",
            ],
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text="Điện lực không nhắn tin gửi link bắt bạn bấm vào để trả tiền hay cài ứng "
                "dụng. Nghi ngờ thì gọi tổng đài chăm sóc khách hàng in trên hóa đơn.",
            ),
        ),
        (
            "image",
            Illustration(
                theme="village",
                alt="Ngôi nhà sàn có đồng hồ điện, chủ hộ đứng bên cạnh cầm điện thoại",
                caption="Trả tiền điện ngay tại nhà, không phải đi xa.",
            ),
        ),
        (
            "check",
            Question(
                kind="true_false",
                prompt="Để trả tiền điện trên ứng dụng ngân hàng, bạn cần mã khách hàng in trên "
                "hóa đơn.",
                answer=True,
                explanation="Đúng. Mã khách hàng giúp ứng dụng tìm đúng hóa đơn của nhà bạn.",
            ),
        ),
    ],
)

_LESSON_SAFE_APP = Lesson(
    slug="giu-an-toan-ung-dung-ngan-hang",
    title="Giữ an toàn cho ứng dụng ngân hàng",
    summary="Những thói quen giữ tiền an toàn: giữ kín mật khẩu và OTP, bật thông báo số dư, "
    "đặt hạn mức chuyển tiền vừa đủ dùng.",
    minutes=6,
    body=[
        (
            "paragraph",
            "<p>Ứng dụng ngân hàng là “chiếc ví” của bạn trên điện thoại. Giữ an toàn cho nó "
            "cũng như cất ví tiền cẩn thận. Dưới đây là những thói quen nhỏ nhưng rất quan "
            "trọng.</p>",
        ),
        ("heading", "Năm thói quen an toàn"),
        (
            "list",
            [
                "Mật khẩu ngân hàng khác với mật khẩu Zalo, Facebook; không ghi ra giấy để cạnh "
                "điện thoại.",
                "Không đưa mã OTP, mã PIN cho bất kỳ ai, kể cả người xưng là nhân viên ngân hàng.",
                "Bật thông báo biến động số dư để biết ngay khi có tiền ra, tiền vào.",
                "Đặt hạn mức chuyển tiền trong ngày vừa đủ dùng.",
                "Không cài ứng dụng lạ, không bấm link lạ trên điện thoại có ứng dụng ngân hàng.",
            ],
        ),
        ("heading", "Đặt hạn mức chuyển tiền"),
        (
            "paragraph",
            "<p><b>Hạn mức</b> là số tiền tối đa được chuyển đi. Đặt hạn mức vừa đủ dùng thì "
            "lỡ kẻ gian vào được tài khoản cũng không lấy hết tiền được. Tên mục có thể khác "
            "nhau giữa các ngân hàng; không tìm thấy thì hỏi nhân viên ngân hàng.</p>",
        ),
        (
            "steps",
            [
                Step(
                    title="Mở Cài đặt trong ứng dụng",
                    text="Trên trang chủ ứng dụng ngân hàng, chạm vào mục Cài đặt.",
                    screen=Screen(
                        kind="bank-home",
                        title="Trang chủ",
                        lines=(
                            "Chuyển tiền",
                            "Thanh toán hóa đơn",
                            "Lịch sử giao dịch",
                            "Cài đặt",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Chọn Quản lý hạn mức",
                    text="Mục này có thể tên là “Hạn mức giao dịch” ở một số ngân hàng.",
                    screen=Screen(
                        kind="bank-list",
                        title="Cài đặt",
                        lines=(
                            "Đổi mật khẩu",
                            "Đăng nhập bằng vân tay",
                            "Quản lý hạn mức",
                            "Thông báo số dư",
                        ),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Chọn mức vừa đủ dùng",
                    text="Ví dụ mỗi ngày 5 triệu đồng. Khi cần chuyển khoản lớn, nâng hạn mức "
                    "lên rồi hạ xuống sau.",
                    screen=Screen(
                        kind="bank-form",
                        title="Hạn mức giao dịch",
                        lines=("Mỗi lần: 3.000.000 đ", "Mỗi ngày: 5.000.000 đ", "Lưu"),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Xác nhận thay đổi",
                    text="Tự nhập mã OTP hoặc quét khuôn mặt trên máy của mình để lưu.",
                    screen=Screen(
                        kind="bank-form",
                        title="Xác thực",
                        lines=("Nhập mã OTP", "hoặc quét khuôn mặt", "Xác nhận"),
                        highlight=2,
                    ),
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="remember",
                text="Mất điện thoại hoặc nghi bị lộ thông tin: gọi ngay tổng đài ngân hàng in ở "
                "mặt sau thẻ để khóa tài khoản, rồi báo nhà mạng khóa sim.",
            ),
        ),
        (
            "image",
            Illustration(
                theme="security",
                alt="Chiếc ví tiền nằm trong điện thoại, được khóa bằng ổ khóa lớn",
                caption="Giữ ứng dụng ngân hàng cẩn thận như giữ ví tiền.",
            ),
        ),
        (
            "check",
            Question(
                kind="multiple",
                prompt="Thói quen nào giúp ứng dụng ngân hàng an toàn hơn? (Chọn tất cả ý đúng)",
                options=(
                    Option(
                        text="Bật thông báo biến động số dư",
                        is_correct=True,
                        feedback="Đúng. Có tiền ra lạ là bạn biết ngay để báo ngân hàng.",
                    ),
                    Option(
                        text="Đặt hạn mức chuyển tiền vừa đủ dùng",
                        is_correct=True,
                        feedback="Đúng. Hạn mức thấp giúp hạn chế thiệt hại nếu bị lộ tài khoản.",
                    ),
                    Option(
                        text="Ghi mật khẩu ra giấy, dán sau ốp điện thoại",
                        feedback="Sai. Ai cầm được máy là có luôn mật khẩu.",
                    ),
                    Option(
                        text="Cho cháu mượn máy kèm mật khẩu ngân hàng",
                        feedback="Sai. Mật khẩu ngân hàng chỉ mình bạn được biết.",
                    ),
                ),
                explanation="Giữ kín mật khẩu, theo dõi số dư và đặt hạn mức là ba lớp bảo vệ "
                "đơn giản mà hiệu quả.",
            ),
        ),
    ],
)

# The final quiz of the adults learning path: covers all four courses of the path.
_FINAL_QUIZ = Quiz(
    slug="kiem-tra-cuoi-lo-trinh-nguoi-dan",
    title="Bài kiểm tra cuối lộ trình: Người dân số",
    intro="Tám câu hỏi ôn lại cả bốn khóa học: sử dụng điện thoại, an toàn trên mạng, dịch vụ "
    "công trực tuyến và thanh toán số. Bạn cần đúng từ 80% trở lên, tức là ít nhất 7 trên 8 "
    "câu, để hoàn thành lộ trình, và có tối đa 3 lần làm bài.",
    questions=(
        Question(
            kind="single",
            prompt="Chữ trên điện thoại quá nhỏ. Bạn chỉnh ở đâu cho chữ to hơn?",
            options=(
                Option(
                    text="Cài đặt, chọn Màn hình, rồi chọn Cỡ chữ",
                    is_correct=True,
                    feedback="Đúng. Kéo thanh trượt cỡ chữ sang phải là chữ to lên.",
                ),
                Option(
                    text="Nút tăng âm lượng ở cạnh máy",
                    feedback="Chưa đúng. Nút âm lượng chỉ chỉnh tiếng to hay nhỏ.",
                ),
                Option(
                    text="Ứng dụng Máy ảnh",
                    feedback="Chưa đúng. Máy ảnh dùng để chụp ảnh, quay phim, không chỉnh chữ.",
                ),
            ),
            explanation="Cỡ chữ nằm trong mục Màn hình của Cài đặt; trên iPhone là “Màn hình & "
            "Độ sáng”.",
        ),
        Question(
            kind="true_false",
            prompt="Chỉ nên cài ứng dụng từ kho CH Play (máy Android) hoặc App Store (iPhone).",
            answer=True,
            explanation="Đúng. Ứng dụng cài qua đường link hay tệp lạ có thể chứa mã độc lấy "
            "cắp tiền và thông tin.",
        ),
        Question(
            kind="multiple",
            prompt="Đâu là dấu hiệu của cuộc gọi, tin nhắn lừa đảo? (Chọn tất cả ý đúng)",
            options=(
                Option(
                    text="Xưng là công an, bảo chuyển tiền vào “tài khoản tạm giữ”",
                    is_correct=True,
                    feedback="Đúng. Công an không bao giờ bảo người dân chuyển tiền qua điện "
                    "thoại.",
                ),
                Option(
                    text="Báo trúng thưởng nhưng phải nộp phí trước mới nhận quà",
                    is_correct=True,
                    feedback="Đúng. Giải thưởng thật không bắt nộp tiền trước.",
                ),
                Option(
                    text="Báo con đang cấp cứu, giục chuyển tiền mổ ngay",
                    is_correct=True,
                    feedback="Đúng. Hãy tự gọi cho con, cho thầy cô bằng số đã lưu để kiểm tra.",
                ),
                Option(
                    text="Người thân gọi hỏi thăm sức khỏe bằng số quen",
                    feedback="Đây là cuộc gọi bình thường, không đòi tiền, không đòi mã OTP.",
                ),
            ),
            explanation="Giục giã, dọa nạt, hứa quà, đòi tiền hay mã OTP: gặp những dấu hiệu này "
            "là phải dừng lại.",
        ),
        Question(
            kind="single",
            prompt="Người xưng là nhân viên ngân hàng gọi đến, xin mã OTP để “hủy giao dịch lạ” "
            "giúp bạn. Bạn làm gì?",
            options=(
                Option(
                    text="Không đọc mã, cúp máy, tự gọi tổng đài in sau thẻ ngân hàng",
                    is_correct=True,
                    feedback="Đúng. Ngân hàng không bao giờ hỏi mã OTP của khách hàng.",
                ),
                Option(
                    text="Đọc mã OTP vì họ biết tên và số tài khoản của bạn",
                    feedback="Sai. Kẻ gian có thể mua được thông tin này; biết tên không có "
                    "nghĩa là người thật.",
                ),
                Option(
                    text="Đọc một nửa mã để thử xem họ có thật không",
                    feedback="Sai. Không đưa mã OTP cho ai, dù chỉ một phần.",
                ),
            ),
            explanation="Mã OTP như chữ ký của bạn, chỉ tự mình nhập vào ứng dụng.",
        ),
        Question(
            kind="order",
            prompt="Sắp xếp các bước nộp hồ sơ trên Cổng Dịch vụ công quốc gia theo đúng thứ tự.",
            options=(
                Option(text="Mở dichvucong.gov.vn và bấm Đăng nhập"),
                Option(text="Đăng nhập bằng tài khoản VNeID"),
                Option(text="Tìm thủ tục và chọn Nộp trực tuyến"),
                Option(text="Điền tờ khai, tải ảnh giấy tờ"),
                Option(text="Kiểm tra lại và bấm Nộp hồ sơ"),
            ),
            explanation="Đăng nhập bằng VNeID, tìm thủ tục, khai và tải giấy tờ, kiểm tra rồi "
            "nộp. Nhớ ghi lại mã hồ sơ để tra cứu.",
        ),
        Question(
            kind="single",
            prompt="Muốn có tài khoản VNeID mức 2, bạn làm thế nào?",
            options=(
                Option(
                    text="Mang thẻ căn cước đến công an xã, phường để chụp ảnh, lấy vân tay",
                    is_correct=True,
                    feedback="Đúng. Mức 2 được đăng ký trực tiếp tại cơ quan công an.",
                ),
                Option(
                    text="Gửi ảnh thẻ căn cước cho người nhận “làm hộ” trên mạng",
                    feedback="Sai. Đây là cách kẻ gian thu thập giấy tờ để mạo danh bạn.",
                ),
                Option(
                    text="Bấm vào đường link kích hoạt nhận qua tin nhắn",
                    feedback="Sai. Công an không gửi link để kích hoạt tài khoản VNeID.",
                ),
            ),
            explanation="Đăng ký mức 2 tại công an, sau đó tự kích hoạt trên ứng dụng VNeID "
            "tải từ kho chính thức.",
        ),
        Question(
            kind="single",
            prompt="Quét mã VietQR ở quầy hàng, việc quan trọng nhất trước khi bấm xác nhận là gì?",
            options=(
                Option(
                    text="Xem tên người nhận có đúng là chủ quầy không",
                    is_correct=True,
                    feedback="Đúng. Tên không khớp thì dừng lại hỏi, vì mã QR có thể bị dán đè.",
                ),
                Option(
                    text="Xem số dư còn nhiều hay ít",
                    feedback="Chưa đủ. Số dư không cho biết tiền có đến đúng người hay không.",
                ),
                Option(
                    text="Chụp ảnh mã QR để lưu lại",
                    feedback="Chưa đúng. Chụp ảnh không giúp tránh chuyển nhầm người.",
                ),
            ),
            explanation="Luôn đọc tên người nhận trước khi xác nhận; tiền chuyển nhầm rất khó "
            "lấy lại.",
        ),
        Question(
            kind="true_false",
            prompt="Khi chuyển trên 10 triệu đồng một lần, ứng dụng ngân hàng sẽ yêu cầu xác "
            "thực bằng khuôn mặt.",
            answer=True,
            explanation="Đúng. Theo quy định của Ngân hàng Nhà nước, giao dịch lớn phải xác thực "
            "sinh trắc học, giúp kẻ gian khó lấy tiền của bạn hơn.",
        ),
    ),
    pass_mark_percent=80,
    max_attempts=3,
)

COURSE = Course(
    slug="thanh-toan-so",
    title="Thanh toán không dùng tiền mặt an toàn",
    summary="Dùng ứng dụng ngân hàng để chuyển tiền bằng số tài khoản hoặc mã VietQR, trả tiền "
    "điện, tiền nước và giữ an toàn cho tài khoản của mình.",
    description="Khóa học dành cho người dân và người lao động muốn mua bán, trả tiền, nhận "
    "tiền mà không cần tiền mặt. Học xong, bạn biết đăng nhập ứng dụng ngân hàng, xem số dư và "
    "lịch sử giao dịch, chuyển tiền bằng số tài khoản hay mã VietQR, luôn kiểm tra tên người "
    "nhận trước khi xác nhận, tự trả tiền điện, tiền nước tại nhà, và giữ ứng dụng an toàn "
    "trước kẻ gian. Khóa học kết thúc bằng bài kiểm tra cuối lộ trình Người dân số.",
    level=2,
    competences=("2.1", "4.1", "4.2"),
    target_groups=("adults", "workers"),
    image=Illustration(
        theme="market",
        alt="Chợ phiên vùng cao, người mua quét mã QR trên điện thoại để trả tiền",
        caption="Mua bán bằng mã QR: nhanh, gọn, không lo thiếu tiền lẻ.",
    ),
    modules=(
        Module(
            slug="lam-quen-ung-dung-ngan-hang",
            title="Làm quen với ứng dụng ngân hàng",
            summary="Đăng nhập, xem số dư và chuyển tiền bằng số tài khoản hoặc mã VietQR.",
            items=(_LESSON_BANK_APP, _LESSON_TRANSFER),
        ),
        Module(
            slug="thanh-toan-hang-ngay",
            title="Thanh toán hằng ngày an toàn",
            summary="Trả tiền điện, tiền nước và giữ an toàn cho ứng dụng ngân hàng.",
            items=(_LESSON_BILLS, _LESSON_SAFE_APP, _FINAL_QUIZ),
        ),
    ),
)
