"""Khóa học “Dịch vụ công trực tuyến và VNeID”: identity account, online procedures, fees."""

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

_LESSON_VNEID = Lesson(
    slug="kich-hoat-vneid-muc-2",
    title="Kích hoạt tài khoản VNeID mức 2",
    summary="VNeID là gì, tài khoản mức 1 và mức 2 khác nhau thế nào, đăng ký mức 2 ở đâu và "
    "kích hoạt trên điện thoại ra sao.",
    minutes=7,
    body=[
        (
            "paragraph",
            "<p><b>VNeID</b> là ứng dụng định danh điện tử của Bộ Công an. Tài khoản VNeID giống "
            "như “thẻ căn cước trên điện thoại”: dùng để đăng nhập Cổng Dịch vụ công quốc gia, "
            "xuất trình giấy tờ, nộp hồ sơ trực tuyến mà không phải mang theo nhiều giấy "
            "tờ.</p>",
        ),
        ("heading", "Mức 1 và mức 2 khác nhau thế nào?"),
        (
            "list",
            [
                "Mức 1: tự đăng ký trên ứng dụng, dùng được một số tiện ích cơ bản.",
                "Mức 2: đăng ký trực tiếp tại cơ quan công an, có chụp ảnh chân dung và lấy vân "
                "tay. Tài khoản mức 2 dùng được nhiều tiện ích hơn, như tích hợp giấy phép lái "
                "xe, thẻ bảo hiểm y tế và làm nhiều thủ tục trực tuyến.",
            ],
        ),
        ("heading", "Đăng ký mức 2 ở đâu?"),
        (
            "paragraph",
            "<p>Bạn mang <b>thẻ căn cước</b> (hoặc thẻ căn cước công dân gắn chíp) và <b>điện "
            "thoại có số chính chủ</b>, tức là số điện thoại đứng tên chính mình, đến <b>công an "
            "xã, phường</b> nơi mình ở. Cán bộ sẽ hướng dẫn khai phiếu, chụp ảnh, lấy vân tay. "
            "Nhiều người đã được đăng ký luôn khi làm thẻ căn cước. Khi hồ sơ được duyệt, bạn "
            "nhận tin nhắn thông báo và có thể kích hoạt trên điện thoại.</p>",
        ),
        ("heading", "Kích hoạt trên điện thoại"),
        (
            "steps",
            [
                Step(
                    title="Cài VNeID từ CH Play hoặc App Store",
                    text="Chỉ cài từ kho ứng dụng chính thức. Không cài VNeID qua đường link do "
                    "người khác gửi.",
                ),
                Step(
                    title="Chọn Kích hoạt tài khoản",
                    text="Mở ứng dụng VNeID, chọn mục kích hoạt tài khoản định danh điện tử.",
                    screen=Screen(
                        kind="vneid-home",
                        title="VNeID",
                        lines=("Đăng nhập", "Kích hoạt tài khoản", "Đăng ký tài khoản"),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Nhập số định danh và số điện thoại",
                    text="Số định danh cá nhân là dãy 12 chữ số in trên thẻ căn cước. Số điện "
                    "thoại phải là số đã khai với công an.",
                    screen=Screen(
                        kind="vneid-form",
                        title="Kích hoạt tài khoản",
                        lines=("Số định danh cá nhân", "Số điện thoại", "Gửi yêu cầu"),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Nhập mã OTP nhận qua tin nhắn",
                    text="Mã này chỉ để bạn tự nhập vào ứng dụng, tuyệt đối không đọc cho ai.",
                    screen=Screen(
                        kind="vneid-form",
                        title="Xác thực OTP",
                        lines=("Mã OTP đã gửi tới số", "của bạn", "_ _ _ _ _ _", "Xác nhận"),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Đặt mật khẩu và passcode",
                    text="Mật khẩu dùng để đăng nhập. Passcode là 6 chữ số dùng khi mở giấy tờ, "
                    "xác nhận thao tác. Nhớ kỹ cả hai và không chia sẻ.",
                    screen=Screen(
                        kind="vneid-form",
                        title="Thiết lập bảo mật",
                        lines=("Mật khẩu", "Nhập lại mật khẩu", "Passcode 6 số", "Hoàn tất"),
                        highlight=3,
                    ),
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text="Công an không gọi điện đề nghị “kích hoạt VNeID giúp” hay gửi link cài "
                "ứng dụng. Việc đăng ký mức 2 luôn làm trực tiếp tại trụ sở công an.",
            ),
        ),
        (
            "image",
            Illustration(
                theme="office",
                alt="Người dân làm thủ tục tại bàn tiếp dân, cán bộ công an hướng dẫn lấy vân tay",
                caption="Đăng ký tài khoản mức 2 tại công an xã, phường nơi cư trú.",
            ),
        ),
        (
            "check",
            Question(
                kind="true_false",
                prompt="Muốn có tài khoản VNeID mức 2, bạn phải đến cơ quan công an để chụp ảnh "
                "và lấy vân tay.",
                answer=True,
                explanation="Đúng. Mức 2 cần đối chiếu trực tiếp khuôn mặt, vân tay, nên phải "
                "làm tại cơ quan công an.",
            ),
        ),
    ],
)

_LESSON_WALLET = Lesson(
    slug="giay-to-tich-hop-vneid",
    title="Giấy tờ tích hợp trên VNeID",
    summary="Đưa giấy phép lái xe, thẻ bảo hiểm y tế vào Ví giấy tờ của VNeID để xuất trình "
    "ngay trên điện thoại.",
    minutes=6,
    body=[
        (
            "paragraph",
            "<p>Với tài khoản mức 2, bạn có thể đưa nhiều giấy tờ vào mục <b>Ví giấy tờ</b> "
            "của VNeID, ví dụ <b>giấy phép lái xe</b> và <b>thẻ bảo hiểm y tế</b>. Việc này gọi "
            "là <b>tích hợp</b>. Khi cần, bạn mở điện thoại ra xuất trình thay cho bản "
            "giấy.</p>",
        ),
        ("heading", "Tích hợp giấy tờ có lợi gì?"),
        (
            "list",
            [
                "Đi khám bệnh: nhiều cơ sở y tế đã chấp nhận thẻ bảo hiểm y tế trên VNeID hoặc "
                "thẻ căn cước gắn chíp.",
                "Đi đường: xuất trình giấy phép lái xe đã tích hợp khi cảnh sát giao thông kiểm "
                "tra.",
                "Không lo mất, ướt, nhàu giấy tờ khi đi nương, đi làm xa.",
            ],
        ),
        ("heading", "Tích hợp giấy phép lái xe từng bước"),
        (
            "steps",
            [
                Step(
                    title="Đăng nhập VNeID",
                    text="Nhập số định danh cá nhân và mật khẩu, hoặc dùng vân tay nếu đã cài đặt.",
                    screen=Screen(
                        kind="vneid-form",
                        title="Đăng nhập",
                        lines=("Số định danh cá nhân", "Mật khẩu", "Đăng nhập"),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Chọn Tích hợp thông tin",
                    text="Trên màn hình chính của ứng dụng, chạm vào mục “Tích hợp thông tin”, "
                    "rồi chọn “Tạo mới yêu cầu”.",
                    screen=Screen(
                        kind="vneid-home",
                        title="VNeID",
                        lines=(
                            "Ví giấy tờ",
                            "Tích hợp thông tin",
                            "Thủ tục hành chính",
                            "Thông báo",
                        ),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Chọn loại giấy tờ",
                    text="Chọn “Giấy phép lái xe”. Với thẻ bảo hiểm y tế, bạn làm tương tự.",
                    screen=Screen(
                        kind="vneid-list",
                        title="Chọn loại giấy tờ",
                        lines=("Giấy phép lái xe", "Thẻ bảo hiểm y tế", "Đăng ký xe"),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Nhập thông tin và gửi yêu cầu",
                    text="Nhập đúng số và hạng như in trên giấy phép, đánh dấu xác nhận rồi bấm "
                    "Gửi yêu cầu. Nhập passcode nếu ứng dụng hỏi.",
                    screen=Screen(
                        kind="vneid-form",
                        title="Giấy phép lái xe",
                        lines=(
                            "Số giấy phép lái xe",
                            "Hạng giấy phép",
                            "Tôi xác nhận thông tin",
                            "Gửi yêu cầu",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Chờ duyệt và xem trong Ví giấy tờ",
                    text="Khi yêu cầu được duyệt, giấy phép lái xe hiện trong Ví giấy tờ. Mở ra "
                    "khi cần xuất trình.",
                    screen=Screen(
                        kind="vneid-document",
                        title="Ví giấy tờ",
                        lines=("Thẻ căn cước", "Giấy phép lái xe", "Thẻ bảo hiểm y tế"),
                        highlight=1,
                    ),
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="tip",
                text="Nếu thông tin không khớp, yêu cầu sẽ bị từ chối. Hãy kiểm tra lại từng chữ "
                "số, hoặc nhờ công an xã, phường hỗ trợ.",
            ),
        ),
        (
            "image",
            Illustration(
                theme="phone",
                alt="Người đàn ông mở điện thoại xuất trình giấy phép lái xe trên ứng dụng VNeID",
                caption="Giấy tờ đã tích hợp luôn sẵn trong điện thoại của bạn.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt="Giấy tờ đã tích hợp vào VNeID được xem ở đâu?",
                options=(
                    Option(
                        text="Mục Ví giấy tờ trong ứng dụng VNeID",
                        is_correct=True,
                        feedback="Đúng. Mọi giấy tờ đã được duyệt đều nằm trong Ví giấy tờ.",
                    ),
                    Option(
                        text="Trong hộp tin nhắn SMS",
                        feedback="Chưa đúng. Tin nhắn chỉ báo kết quả, không chứa giấy tờ.",
                    ),
                    Option(
                        text="Trong thư viện ảnh của điện thoại",
                        feedback="Chưa đúng. Ảnh chụp giấy tờ không có giá trị như giấy tờ đã "
                        "tích hợp trên VNeID.",
                    ),
                ),
                explanation="Ví giấy tờ là nơi lưu các giấy tờ đã tích hợp trong VNeID.",
            ),
        ),
    ],
)

_LESSON_SUBMIT = Lesson(
    slug="dang-nhap-va-nop-ho-so",
    title="Đăng nhập Cổng Dịch vụ công và nộp hồ sơ khai sinh",
    summary="Đăng nhập dichvucong.gov.vn bằng tài khoản VNeID và nộp hồ sơ liên thông đăng ký "
    "khai sinh cho con từng bước.",
    minutes=8,
    body=[
        (
            "paragraph",
            "<p><b>Cổng Dịch vụ công quốc gia</b> có địa chỉ <a "
            'href="https://dichvucong.gov.vn">dichvucong.gov.vn</a>. Tại đây, bạn nộp hồ sơ cho '
            "nhiều thủ tục mà không phải đến trụ sở, ví dụ đăng ký khai sinh hay xin cấp bản sao "
            "trích lục hộ tịch. Bạn đăng nhập bằng chính tài khoản VNeID của mình.</p>",
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text="Trang web của cơ quan nhà nước Việt Nam có đuôi “.gov.vn”. Trang có tên na "
                "ná mà không có đuôi này là trang giả, không nhập thông tin vào đó.",
            ),
        ),
        ("heading", "Ví dụ: đăng ký khai sinh cho con"),
        (
            "paragraph",
            "<p>Thủ tục <b>liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y "
            "tế cho trẻ dưới 6 tuổi</b> giúp bạn làm ba việc chỉ với một hồ sơ. Hãy chuẩn bị "
            "sẵn ảnh chụp rõ nét <b>giấy chứng sinh</b> của cháu và thông tin của cha mẹ.</p>",
        ),
        (
            "steps",
            [
                Step(
                    title="Mở dichvucong.gov.vn, bấm Đăng nhập",
                    text="Gõ đúng địa chỉ vào trình duyệt trên điện thoại hoặc máy tính.",
                    screen=Screen(
                        kind="dvc-browser",
                        title="dichvucong.gov.vn",
                        lines=(
                            "Cổng Dịch vụ công quốc gia",
                            "Tìm kiếm thủ tục",
                            "Đăng ký",
                            "Đăng nhập",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Chọn đăng nhập bằng VNeID",
                    text="Chọn tài khoản định danh điện tử do Bộ Công an cấp. Quét mã QR bằng "
                    "ứng dụng VNeID, hoặc nhập số định danh và mật khẩu, rồi xác nhận trên điện "
                    "thoại.",
                    screen=Screen(
                        kind="dvc-form",
                        title="Đăng nhập",
                        lines=(
                            "Tài khoản định danh điện tử",
                            "Quét mã QR bằng VNeID",
                            "Số định danh cá nhân",
                            "Mật khẩu",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Tìm thủ tục cần làm",
                    text="Gõ “khai sinh” vào ô tìm kiếm, chọn thủ tục liên thông, chọn nơi cư "
                    "trú rồi bấm Nộp trực tuyến.",
                    screen=Screen(
                        kind="dvc-list",
                        title="Kết quả tìm kiếm",
                        lines=(
                            "Tìm: khai sinh",
                            "Liên thông khai sinh – BHYT",
                            "Nộp trực tuyến",
                        ),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Điền tờ khai và tải ảnh giấy tờ",
                    text="Điền từng ô theo hướng dẫn, ô có dấu sao đỏ là bắt buộc. Chụp giấy "
                    "chứng sinh rõ, đủ bốn góc rồi tải lên.",
                    screen=Screen(
                        kind="dvc-form",
                        title="Tờ khai",
                        lines=(
                            "Họ tên trẻ",
                            "Ngày sinh",
                            "Thông tin cha, mẹ",
                            "Tải giấy chứng sinh",
                            "Tiếp tục",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Kiểm tra lại và bấm Nộp hồ sơ",
                    text="Đọc lại thật kỹ, chọn cách nhận kết quả, đánh dấu cam đoan rồi bấm Nộp "
                    "hồ sơ. Ghi lại mã hồ sơ hiện ra sau khi nộp.",
                    screen=Screen(
                        kind="dvc-document",
                        title="Xác nhận hồ sơ",
                        lines=(
                            "Kiểm tra thông tin",
                            "Cách nhận kết quả",
                            "Tôi xin cam đoan",
                            "Nộp hồ sơ",
                        ),
                        highlight=3,
                    ),
                ),
            ],
        ),
        (
            "paragraph",
            "<p>Đăng ký khai sinh đúng hạn được <b>miễn lệ phí</b>. Thủ tục này cũng làm được "
            "ngay trên ứng dụng VNeID, ở mục Thủ tục hành chính.</p>",
        ),
        (
            "image",
            Illustration(
                theme="office",
                alt="Người mẹ trẻ bế con ngồi bên máy tính, cán bộ bộ phận một cửa hướng dẫn nộp "
                "hồ sơ trực tuyến",
                caption="Không tự làm được? Cán bộ bộ phận một cửa và tổ công nghệ số sẵn sàng "
                "hướng dẫn.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt="Địa chỉ nào là Cổng Dịch vụ công quốc gia?",
                options=(
                    Option(
                        text="dichvucong.gov.vn",
                        is_correct=True,
                        feedback="Đúng. Đây là địa chỉ chính thức, có đuôi .gov.vn.",
                    ),
                    Option(
                        text="dichvucong-gov.com",
                        feedback="Sai. Địa chỉ này không có đuôi .gov.vn, có thể là trang giả.",
                    ),
                    Option(
                        text="Đường link ai đó gửi qua Zalo",
                        feedback="Sai. Hãy tự gõ địa chỉ, đừng bấm link người khác gửi.",
                    ),
                ),
                explanation="Luôn tự gõ đúng địa chỉ dichvucong.gov.vn vào trình duyệt.",
            ),
        ),
    ],
)

_LESSON_TRACK = Lesson(
    slug="theo-doi-ho-so-va-nop-phi",
    title="Theo dõi hồ sơ và nộp phí, lệ phí trực tuyến",
    summary="Xem hồ sơ đang được giải quyết đến đâu, bổ sung giấy tờ khi được yêu cầu và thanh "
    "toán phí, lệ phí ngay trên Cổng Dịch vụ công.",
    minutes=6,
    body=[
        (
            "paragraph",
            "<p>Sau khi nộp, hồ sơ được chuyển đến cơ quan giải quyết. Bạn không cần đến hỏi "
            "nhiều lần: tiến độ đều xem được trên Cổng Dịch vụ công, và bạn thường nhận thêm tin "
            "nhắn hoặc thư điện tử báo tình trạng hồ sơ.</p>",
        ),
        ("heading", "Xem hồ sơ đang ở đâu"),
        (
            "steps",
            [
                Step(
                    title="Đăng nhập và mở mục quản lý hồ sơ",
                    text="Sau khi đăng nhập bằng VNeID, mở mục quản lý hồ sơ đã nộp. Bạn cũng "
                    "có thể dùng ô Tra cứu hồ sơ với mã hồ sơ đã ghi lại.",
                    screen=Screen(
                        kind="dvc-browser",
                        title="dichvucong.gov.vn",
                        lines=(
                            "Thông tin cá nhân",
                            "Quản lý hồ sơ đã nộp",
                            "Tra cứu hồ sơ",
                            "Đăng xuất",
                        ),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Chọn hồ sơ cần xem",
                    text="Danh sách hiện tên thủ tục, ngày nộp và trạng thái. Chạm vào hồ sơ để "
                    "xem chi tiết.",
                    screen=Screen(
                        kind="dvc-list",
                        title="Hồ sơ đã nộp",
                        lines=(
                            "Đăng ký khai sinh",
                            "Nộp ngày 02/12",
                            "Trạng thái: Đang xử lý",
                            "Xem chi tiết",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Đọc trạng thái và làm theo",
                    text="Nếu thấy “Yêu cầu bổ sung”, đọc ghi chú của cán bộ và nộp thêm giấy tờ "
                    "đúng như yêu cầu.",
                    screen=Screen(
                        kind="dvc-document",
                        title="Chi tiết hồ sơ",
                        lines=("Đã tiếp nhận", "Đang xử lý", "Yêu cầu bổ sung", "Có kết quả"),
                        highlight=2,
                    ),
                ),
            ],
        ),
        ("heading", "Nộp phí, lệ phí trực tuyến"),
        (
            "paragraph",
            "<p>Một số thủ tục có phí hoặc lệ phí, ví dụ cấp bản sao trích lục hộ tịch. Đến "
            "bước thanh toán, Cổng Dịch vụ công mở trang thanh toán để bạn chọn ngân hàng hoặc "
            "ví điện tử, rồi xác nhận bằng ứng dụng ngân hàng của mình. <b>Biên lai điện tử</b> "
            "được lưu cùng hồ sơ.</p>",
        ),
        (
            "list",
            [
                "Chỉ thanh toán trên trang mở ra từ Cổng Dịch vụ công, không chuyển khoản theo "
                "số tài khoản người lạ gửi.",
                "Xem đúng tên thủ tục và số tiền trước khi xác nhận.",
                "Lưu hoặc chụp lại biên lai sau khi thanh toán xong.",
            ],
        ),
        (
            "tip",
            Tip(
                kind="remember",
                text="Cán bộ không gọi điện đòi chuyển khoản “phí làm nhanh”. Mọi khoản phí, lệ "
                "phí đều hiện rõ và được thanh toán ngay trên Cổng.",
            ),
        ),
        (
            "image",
            Illustration(
                theme="phone",
                alt="Màn hình điện thoại hiện trang tra cứu hồ sơ với trạng thái đang xử lý",
                caption="Theo dõi hồ sơ mọi lúc, không cần đến trụ sở hỏi nhiều lần.",
            ),
        ),
        (
            "check",
            Question(
                kind="true_false",
                prompt="Khi hồ sơ ở trạng thái “Yêu cầu bổ sung”, bạn cần đọc ghi chú và nộp thêm "
                "giấy tờ theo yêu cầu.",
                answer=True,
                explanation="Đúng. Bổ sung đúng và sớm giúp hồ sơ được giải quyết kịp thời.",
            ),
        ),
    ],
)

_QUIZ = Quiz(
    slug="kiem-tra-dich-vu-cong",
    title="Bài kiểm tra: Dịch vụ công trực tuyến và VNeID",
    intro="Bảy câu hỏi về tài khoản VNeID, giấy tờ tích hợp, nộp và theo dõi hồ sơ trực "
    "tuyến. Bạn cần trả lời đúng từ 70% trở lên để đạt, được làm lại không giới hạn.",
    questions=(
        Question(
            kind="single",
            prompt="Bạn muốn đăng ký tài khoản VNeID mức 2. Bạn đến đâu?",
            options=(
                Option(
                    text="Công an xã, phường nơi mình ở",
                    is_correct=True,
                    feedback="Đúng. Mức 2 phải chụp ảnh, lấy vân tay trực tiếp tại cơ quan công "
                    "an.",
                ),
                Option(
                    text="Bấm vào link “đăng ký VNeID” nhận qua Zalo",
                    feedback="Sai. Link lạ có thể dẫn tới ứng dụng giả để lấy cắp thông tin.",
                ),
                Option(
                    text="Đưa thẻ căn cước cho người lạ đăng ký hộ",
                    feedback="Sai. Không bao giờ giao giấy tờ tùy thân cho người không rõ là ai.",
                ),
            ),
            explanation="Tài khoản mức 2 chỉ được đăng ký trực tiếp tại cơ quan công an.",
        ),
        Question(
            kind="order",
            prompt="Sắp xếp các bước kích hoạt tài khoản VNeID trên điện thoại theo đúng thứ tự.",
            options=(
                Option(text="Cài ứng dụng VNeID từ CH Play hoặc App Store"),
                Option(text="Chọn Kích hoạt tài khoản"),
                Option(text="Nhập số định danh cá nhân và số điện thoại"),
                Option(text="Nhập mã OTP nhận qua tin nhắn"),
                Option(text="Đặt mật khẩu và passcode"),
            ),
            explanation="Cài đúng ứng dụng, kích hoạt, khai số định danh, xác thực OTP rồi đặt "
            "mật khẩu và passcode.",
        ),
        Question(
            kind="true_false",
            prompt="Trang web của cơ quan nhà nước Việt Nam có đuôi “.gov.vn”.",
            answer=True,
            explanation="Đúng. Vì vậy Cổng Dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn. "
            "Trang có tên na ná mà không có đuôi này là trang giả.",
        ),
        Question(
            kind="multiple",
            prompt="Những giấy tờ nào có thể tích hợp vào Ví giấy tờ của VNeID? "
            "(Chọn tất cả ý đúng)",
            options=(
                Option(
                    text="Giấy phép lái xe",
                    is_correct=True,
                    feedback="Đúng. Giấy phép lái xe đã tích hợp được xuất trình khi cảnh sát "
                    "giao thông kiểm tra.",
                ),
                Option(
                    text="Thẻ bảo hiểm y tế",
                    is_correct=True,
                    feedback="Đúng. Thẻ bảo hiểm y tế trên VNeID dùng được ở nhiều cơ sở khám "
                    "chữa bệnh.",
                ),
                Option(
                    text="Hóa đơn tiền điện hằng tháng",
                    feedback="Sai. Hóa đơn tiền điện không phải giấy tờ tùy thân, không tích hợp "
                    "vào VNeID.",
                ),
            ),
            explanation="Vào mục Tích hợp thông tin, tạo yêu cầu mới và chọn loại giấy tờ cần "
            "tích hợp.",
        ),
        Question(
            kind="single",
            prompt="Đã nộp hồ sơ trực tuyến, bạn theo dõi tiến độ bằng cách nào?",
            options=(
                Option(
                    text="Đăng nhập Cổng Dịch vụ công, xem mục quản lý hồ sơ hoặc tra cứu bằng "
                    "mã hồ sơ",
                    is_correct=True,
                    feedback="Đúng. Trạng thái hồ sơ luôn được cập nhật trên Cổng.",
                ),
                Option(
                    text="Gọi vào số điện thoại lạ nhắn tin “hỗ trợ hồ sơ”",
                    feedback="Sai. Đây có thể là kẻ gian lợi dụng để đòi tiền.",
                ),
                Option(
                    text="Ngày nào cũng đến trụ sở để hỏi",
                    feedback="Không cần thiết. Bạn xem được tiến độ ngay trên điện thoại.",
                ),
            ),
            explanation="Ghi lại mã hồ sơ sau khi nộp để tra cứu nhanh khi cần.",
        ),
        Question(
            kind="true_false",
            prompt="Cán bộ có thể gọi điện bảo bạn chuyển khoản vào tài khoản cá nhân để hồ sơ "
            "được giải quyết nhanh hơn.",
            answer=False,
            explanation="Sai. Phí, lệ phí chỉ thanh toán trên Cổng Dịch vụ công và có biên lai "
            "điện tử. Ai đòi chuyển khoản riêng là dấu hiệu lừa đảo.",
        ),
        Question(
            kind="single",
            prompt="Đăng ký khai sinh đúng hạn cho con thì lệ phí là bao nhiêu?",
            options=(
                Option(
                    text="Được miễn lệ phí",
                    is_correct=True,
                    feedback="Đúng. Đăng ký khai sinh đúng hạn được miễn lệ phí.",
                ),
                Option(
                    text="Phải nộp phí cho người hướng dẫn nộp hồ sơ",
                    feedback="Sai. Cán bộ và tổ công nghệ số hướng dẫn miễn phí.",
                ),
                Option(
                    text="Phải chuyển khoản trước theo tin nhắn gửi đến",
                    feedback="Sai. Tin nhắn đòi chuyển khoản trước là dấu hiệu lừa đảo.",
                ),
            ),
            explanation="Đăng ký khai sinh đúng hạn không mất lệ phí, dù làm trực tuyến hay tại "
            "trụ sở.",
        ),
    ),
    pass_mark_percent=70,
    max_attempts=0,
)

COURSE = Course(
    slug="dich-vu-cong-truc-tuyen",
    title="Dịch vụ công trực tuyến và VNeID",
    summary="Kích hoạt tài khoản VNeID mức 2, tích hợp giấy tờ vào điện thoại, nộp hồ sơ và "
    "theo dõi kết quả trên Cổng Dịch vụ công quốc gia mà không phải đi lại nhiều lần.",
    description="Khóa học dành cho người dân, người lao động và cán bộ cơ sở muốn tự làm thủ "
    "tục hành chính trên mạng hoặc hướng dẫn bà con cùng làm. Học xong, bạn biết đăng ký và "
    "kích hoạt tài khoản VNeID mức 2, đưa giấy phép lái xe, thẻ bảo hiểm y tế vào Ví giấy tờ, "
    "đăng nhập dichvucong.gov.vn bằng VNeID, nộp một hồ sơ đăng ký khai sinh, theo dõi tiến "
    "độ và thanh toán phí, lệ phí an toàn.",
    level=2,
    competences=("2.3", "2.6", "4.2"),
    target_groups=("adults", "officials", "workers"),
    image=Illustration(
        theme="office",
        alt="Bộ phận một cửa của xã, cán bộ hướng dẫn người dân nộp hồ sơ trên máy tính",
        caption="Làm thủ tục trực tuyến: ít đi lại, ít giấy tờ, biết rõ tiến độ.",
    ),
    modules=(
        Module(
            slug="tai-khoan-vneid",
            title="Tài khoản định danh điện tử VNeID",
            summary="Đăng ký, kích hoạt tài khoản VNeID mức 2 và tích hợp giấy tờ vào điện thoại.",
            items=(_LESSON_VNEID, _LESSON_WALLET),
        ),
        Module(
            slug="nop-ho-so-truc-tuyen",
            title="Nộp hồ sơ trên Cổng Dịch vụ công quốc gia",
            summary="Đăng nhập bằng VNeID, nộp hồ sơ, theo dõi tiến độ và nộp phí trực tuyến.",
            items=(_LESSON_SUBMIT, _LESSON_TRACK, _QUIZ),
        ),
    ),
)
