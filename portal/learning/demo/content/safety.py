"""Khóa học “An toàn trên không gian mạng”: scams, passwords, OTP and what to do if scammed."""

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

_LESSON_SCAMS = Lesson(
    slug="cuoc-goi-tin-nhan-lua-dao",
    title="Nhận diện cuộc gọi và tin nhắn lừa đảo",
    summary="Năm chiêu lừa hay gặp nhất, dấu hiệu chung để nhận ra kẻ gian và cách xử lý khi "
    "nhận cuộc gọi, tin nhắn đáng ngờ.",
    minutes=7,
    body=[
        (
            "paragraph",
            "<p>Kẻ lừa đảo không cần giỏi công nghệ. Chúng chỉ cần làm bạn <b>sợ hãi, lo lắng "
            "hoặc mừng rỡ</b> để bạn làm theo thật nhanh, không kịp suy nghĩ. Dưới đây là những "
            "chiêu hay gặp nhất ở nước ta.</p>",
        ),
        ("heading", "Năm chiêu lừa thường gặp"),
        (
            "list",
            [
                "Giả công an: báo bạn dính đến vụ án, rửa tiền, ma túy, rồi bắt chuyển tiền vào "
                "“tài khoản tạm giữ” hoặc cài ứng dụng để “phục vụ điều tra”.",
                "Giả ngân hàng: báo tài khoản sắp bị khóa, cần “cập nhật thông tin” hay “nâng "
                "hạn mức thẻ”, kèm đường link đến trang web giả.",
                "Giả điện lực: báo nợ tiền điện, “sẽ cắt điện trong hôm nay”, bảo bấm link hoặc "
                "cài ứng dụng để thanh toán.",
                "“Con đang cấp cứu”: xưng là thầy cô, bác sĩ, báo con bạn bị tai nạn, cần chuyển "
                "tiền mổ gấp.",
                "Trúng thưởng giả: báo bạn trúng xe máy, điện thoại, tiền mặt, nhưng phải nộp "
                "trước “phí nhận thưởng” hoặc “tiền thuế”.",
            ],
        ),
        ("heading", "Dấu hiệu chung để nhận ra"),
        (
            "paragraph",
            "<p>Dù giả danh ai, kẻ gian thường có chung mấy dấu hiệu: <b>giục giã</b> phải làm "
            "ngay; <b>dọa nạt</b> hoặc hứa hẹn quà lớn; đòi <b>chuyển tiền</b>, đòi <b>mã "
            "OTP</b>; bảo <b>bấm vào đường link</b> hay cài ứng dụng lạ. Công an làm việc với "
            "người dân bằng giấy mời hoặc gặp trực tiếp, không bao giờ bảo chuyển tiền qua điện "
            "thoại.</p>",
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text="Tin nhắn giả có thể hiện đúng tên ngân hàng và nằm chung với tin nhắn thật. "
                "Đừng tin chỉ vì tên người gửi quen thuộc; tin nào bảo bấm link là tin đáng ngờ.",
            ),
        ),
        ("heading", "Gặp cuộc gọi, tin nhắn đáng ngờ thì làm gì?"),
        (
            "steps",
            [
                Step(
                    title="Đọc kỹ, không bấm vào đường link",
                    text="Đường link lạ, có tên na ná tên cơ quan thật là dấu hiệu lừa đảo. "
                    "Tuyệt đối không bấm.",
                    screen=Screen(
                        kind="sms",
                        title="Tin nhắn",
                        lines=(
                            "Điện lực thông báo:",
                            "Quý khách nợ tiền điện,",
                            "sẽ bị cắt điện hôm nay.",
                            "Link: evn-thanhtoan.vn-app",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Cúp máy, không làm theo",
                    text="Bạn không cần lịch sự với kẻ gian. Cứ cúp máy, không đọc thêm thông tin "
                    "gì về mình.",
                ),
                Step(
                    title="Tự gọi lại số chính thức",
                    text="Gọi thẳng cho con, cho thầy cô bằng số đã lưu sẵn. Gọi ngân hàng, điện "
                    "lực theo số in trên thẻ, trên hóa đơn.",
                    screen=Screen(
                        kind="phone-list",
                        title="Danh bạ",
                        lines=("Con trai Minh", "Cô giáo chủ nhiệm", "Tổng đài ngân hàng"),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Chặn số và báo cho người thân",
                    text="Chặn số để kẻ gian không gọi lại. Kể cho người nhà, hàng xóm để mọi "
                    "người cùng cảnh giác.",
                    screen=Screen(
                        kind="phone-sheet",
                        title="Số lạ",
                        lines=("Gọi lại", "Thêm vào danh bạ", "Chặn số", "Xóa cuộc gọi"),
                        highlight=2,
                    ),
                ),
            ],
        ),
        (
            "image",
            Illustration(
                theme="security",
                alt="Điện thoại hiện một tin nhắn lạ, bên cạnh là biển báo nguy hiểm",
                caption="Tin nhắn giục giã kèm đường link: dừng lại, không bấm.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt="Có người gọi: “Con anh bị tai nạn, đang cấp cứu, chuyển ngay 30 triệu để "
                "mổ”. Việc đầu tiên nên làm là gì?",
                options=(
                    Option(
                        text="Gọi ngay cho con hoặc thầy cô bằng số đã lưu sẵn để hỏi",
                        is_correct=True,
                        feedback="Đúng. Chỉ một cuộc gọi là biết thật hay giả, con bạn thường "
                        "vẫn đang bình an.",
                    ),
                    Option(
                        text="Chuyển tiền ngay kẻo lỡ việc",
                        feedback="Sai. Kẻ gian cố làm bạn hoảng để chuyển tiền trước khi kịp "
                        "kiểm tra.",
                    ),
                    Option(
                        text="Hỏi người gọi số tài khoản của bệnh viện",
                        feedback="Sai. Bệnh viện cấp cứu người bệnh trước, không gọi điện đòi "
                        "người nhà chuyển khoản gấp.",
                    ),
                ),
                explanation="Gặp tin dữ qua điện thoại, hãy tự kiểm tra bằng số quen trước khi "
                "làm bất cứ điều gì.",
            ),
        ),
    ],
)

_LESSON_PASSWORDS = Lesson(
    slug="mat-khau-manh-va-ma-otp",
    title="Mật khẩu mạnh và mã OTP",
    summary="Cách đặt mật khẩu khó đoán mà dễ nhớ, cách đổi mật khẩu Zalo và vì sao không "
    "bao giờ đưa mã OTP cho ai.",
    minutes=6,
    body=[
        (
            "paragraph",
            "<p><b>Mật khẩu</b> là chìa khóa mở tài khoản Zalo, Facebook, ngân hàng, VNeID của "
            "bạn. <b>Mã OTP</b> là một dãy số chỉ dùng một lần, gửi qua tin nhắn hoặc hiện trong "
            "ứng dụng, để xác nhận đúng là bạn đang giao dịch. Ai có được hai thứ này là có thể "
            "lấy tiền hoặc mạo danh bạn.</p>",
        ),
        ("heading", "Thế nào là mật khẩu mạnh?"),
        (
            "list",
            [
                "Dài ít nhất 8 ký tự, càng dài càng tốt.",
                "Có cả chữ hoa, chữ thường, chữ số và ký hiệu như @ # !",
                "Không dùng ngày sinh, số điện thoại, tên con hay dãy “123456”.",
                "Mỗi tài khoản quan trọng dùng một mật khẩu riêng.",
            ],
        ),
        (
            "paragraph",
            "<p>Mẹo dễ nhớ: lấy chữ cái đầu của một câu mình thuộc lòng. Ví dụ câu “Nhà tôi có 3 "
            "con trâu và 2 con bò!” thành <b>Ntc3ctv2cb!</b>. Người ngoài khó đoán, còn bạn thì "
            "dễ nhớ. Hãy tự nghĩ câu của riêng mình, đừng dùng lại ví dụ này.</p>",
        ),
        ("heading", "Đổi mật khẩu Zalo"),
        (
            "steps",
            [
                Step(
                    title="Mở Zalo, chọn thẻ Cá nhân",
                    text="Thẻ Cá nhân nằm ở góc dưới bên phải màn hình.",
                    screen=Screen(
                        kind="zalo-home",
                        title="Zalo",
                        lines=("Tin nhắn", "Danh bạ", "Khám phá", "Nhật ký", "Cá nhân"),
                        highlight=4,
                    ),
                ),
                Step(
                    title="Chạm vào hình bánh răng",
                    text="Hình bánh răng ở góc trên bên phải là phần Cài đặt.",
                    screen=Screen(
                        kind="zalo-list",
                        title="Cá nhân",
                        lines=("Xem trang cá nhân", "Cloud của tôi", "Cài đặt"),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Chọn Tài khoản và bảo mật",
                    text="Tên mục có thể hơi khác tùy phiên bản Zalo.",
                    screen=Screen(
                        kind="zalo-list",
                        title="Cài đặt",
                        lines=("Tài khoản và bảo mật", "Quyền riêng tư", "Thông báo"),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Nhập mật khẩu cũ và mật khẩu mới",
                    text="Chọn Đổi mật khẩu, nhập mật khẩu đang dùng, rồi nhập mật khẩu mới hai "
                    "lần và bấm Cập nhật.",
                    screen=Screen(
                        kind="zalo-form",
                        title="Đổi mật khẩu",
                        lines=(
                            "Mật khẩu hiện tại",
                            "Mật khẩu mới",
                            "Nhập lại mật khẩu mới",
                            "Cập nhật",
                        ),
                        highlight=3,
                    ),
                ),
            ],
        ),
        ("heading", "Mã OTP: không đưa cho bất kỳ ai"),
        (
            "paragraph",
            "<p>Ngân hàng, công an, nhà mạng, cán bộ xã <b>không bao giờ</b> hỏi mã OTP của bạn. "
            "Kể cả người xưng là nhân viên hỗ trợ, kể cả người quen nhắn xin “mã gửi nhầm”. Nếu "
            "nhận được OTP mà bạn không hề giao dịch, nghĩa là có người đang tìm cách vào tài "
            "khoản của bạn: hãy đổi mật khẩu ngay.</p>",
        ),
        (
            "tip",
            Tip(
                kind="remember",
                text="Mã OTP như chữ ký của bạn. Đưa OTP cho người khác chẳng khác gì ký vào tờ "
                "giấy trắng rồi trao cho họ.",
            ),
        ),
        (
            "image",
            Illustration(
                theme="classroom",
                alt="Thành viên tổ công nghệ số cộng đồng hướng dẫn bà con đặt mật khẩu ở nhà "
                "văn hóa thôn",
                caption="Không chắc cách đặt mật khẩu? Hãy nhờ tổ công nghệ số cộng đồng.",
            ),
        ),
        (
            "check",
            Question(
                kind="true_false",
                prompt="Nhân viên ngân hàng gọi điện có thể hỏi mã OTP để giúp bạn mở khóa tài "
                "khoản.",
                answer=False,
                explanation="Sai. Ngân hàng không bao giờ hỏi mã OTP. Ai hỏi OTP thì đó là kẻ "
                "lừa đảo, dù xưng là ai.",
            ),
        ),
    ],
)

_LESSON_2FA = Lesson(
    slug="xac-thuc-hai-buoc-thong-tin-ca-nhan",
    title="Xác thực hai bước và bảo vệ thông tin cá nhân",
    summary="Bật xác thực hai bước để kẻ gian biết mật khẩu cũng không vào được tài khoản, và "
    "giữ kín những thông tin cá nhân quan trọng.",
    minutes=7,
    body=[
        (
            "paragraph",
            "<p><b>Xác thực hai bước</b> (có nơi gọi là xác thực 2 yếu tố) nghĩa là khi đăng "
            "nhập, ngoài mật khẩu, bạn còn phải nhập thêm một mã gửi về điện thoại của mình. Nhờ "
            "vậy, kẻ gian dù biết mật khẩu cũng không vào được tài khoản nếu không cầm máy của "
            "bạn.</p>",
        ),
        ("heading", "Bật xác thực hai bước cho Facebook"),
        (
            "paragraph",
            "<p>Tài khoản Facebook hay bị chiếm để nhắn tin vay tiền bạn bè. Cách bật như sau; "
            "tên các mục có thể hơi khác tùy phiên bản.</p>",
        ),
        (
            "steps",
            [
                Step(
                    title="Mở Facebook, chạm vào Menu",
                    text="Menu là biểu tượng ba gạch ngang hoặc ảnh đại diện của bạn.",
                    screen=Screen(
                        kind="facebook-home",
                        title="Facebook",
                        lines=("Trang chủ", "Video", "Bạn bè", "Thông báo", "Menu"),
                        highlight=4,
                    ),
                ),
                Step(
                    title="Chọn Cài đặt & quyền riêng tư",
                    text="Kéo xuống cuối danh sách, chọn “Cài đặt & quyền riêng tư” rồi chọn "
                    "“Cài đặt”.",
                    screen=Screen(
                        kind="facebook-list",
                        title="Menu",
                        lines=("Trợ giúp & hỗ trợ", "Cài đặt & quyền riêng tư", "Đăng xuất"),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Vào Mật khẩu và bảo mật",
                    text="Chạm vào “Trung tâm tài khoản”, rồi chọn “Mật khẩu và bảo mật”.",
                    screen=Screen(
                        kind="facebook-list",
                        title="Trung tâm tài khoản",
                        lines=("Thông tin cá nhân", "Mật khẩu và bảo mật", "Tùy chọn quảng cáo"),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Chọn Xác thực 2 yếu tố",
                    text="Chọn nhận mã qua tin nhắn SMS cho đơn giản, rồi nhập mã vừa nhận để "
                    "hoàn tất.",
                    screen=Screen(
                        kind="facebook-list",
                        title="Mật khẩu và bảo mật",
                        lines=("Đổi mật khẩu", "Xác thực 2 yếu tố", "Nơi bạn đã đăng nhập"),
                        highlight=1,
                    ),
                ),
            ],
        ),
        (
            "paragraph",
            "<p>Gmail và nhiều ứng dụng khác cũng có chức năng tương tự. Ứng dụng ngân hàng thì "
            "thường đã bật sẵn: mỗi lần chuyển tiền đều phải xác nhận bằng mã OTP, vân tay hoặc "
            "khuôn mặt.</p>",
        ),
        ("heading", "Giữ kín thông tin cá nhân"),
        (
            "list",
            [
                "Không đăng ảnh thẻ căn cước, thẻ ngân hàng, giấy tờ nhà đất lên mạng.",
                "Không điền thông tin vào các đường link “nhận quà”, “khảo sát trúng thưởng”.",
                "Không cho người lạ chụp thẻ căn cước hay quét khuôn mặt để “làm hồ sơ giúp”.",
                "Để bài đăng ở chế độ “Bạn bè” thay vì “Công khai”.",
                "Dùng máy nhờ ở nơi công cộng xong thì nhớ đăng xuất.",
            ],
        ),
        (
            "tip",
            Tip(
                kind="tip",
                text="Đặt mã khóa màn hình cho điện thoại. Khi cho người khác mượn máy, đừng để "
                "họ tự mở Zalo hay ứng dụng ngân hàng.",
            ),
        ),
        (
            "image",
            Illustration(
                theme="security",
                alt="Ổ khóa lớn bảo vệ chiếc điện thoại có ảnh thẻ căn cước",
                caption="Thông tin cá nhân là tài sản, cần được giữ gìn như tiền bạc.",
            ),
        ),
        (
            "check",
            Question(
                kind="multiple",
                prompt="Những thứ nào KHÔNG nên đăng công khai lên mạng xã hội? "
                "(Chọn tất cả ý đúng)",
                options=(
                    Option(
                        text="Ảnh hai mặt thẻ căn cước",
                        is_correct=True,
                        feedback="Đúng. Kẻ gian có thể dùng ảnh này để mở tài khoản, vay tiền "
                        "mạo danh bạn.",
                    ),
                    Option(
                        text="Ảnh thẻ ngân hàng",
                        is_correct=True,
                        feedback="Đúng. Số thẻ in trên đó có thể bị dùng để mua hàng trên mạng.",
                    ),
                    Option(
                        text="Ảnh vườn chè của gia đình",
                        feedback="Ảnh cảnh vật không chứa thông tin nhạy cảm, bạn có thể chia "
                        "sẻ thoải mái.",
                    ),
                ),
                explanation="Giấy tờ tùy thân và thẻ ngân hàng phải giữ kín, chỉ đưa cho cơ quan "
                "có thẩm quyền khi làm thủ tục.",
            ),
        ),
    ],
)

_LESSON_SCAMMED = Lesson(
    slug="khi-bi-lua-dao",
    title="Nếu chẳng may bị lừa đảo thì làm gì?",
    summary="Những việc cần làm ngay khi phát hiện mình bị lừa: khóa tài khoản, đổi mật khẩu, "
    "giữ bằng chứng, trình báo công an.",
    minutes=6,
    body=[
        (
            "paragraph",
            "<p>Ai cũng có thể bị lừa, kể cả người có học, người làm công nghệ. Bị lừa không "
            "phải điều đáng xấu hổ. Điều quan trọng là <b>hành động thật nhanh</b>: những giờ "
            "đầu tiên quyết định khả năng giữ lại tiền và ngăn kẻ gian gây hại thêm.</p>",
        ),
        ("heading", "Làm ngay theo thứ tự"),
        (
            "steps",
            [
                Step(
                    title="Gọi tổng đài ngân hàng",
                    text="Gọi số in ở mặt sau thẻ ngân hàng. Đề nghị khóa tài khoản, khóa thẻ và "
                    "báo rõ giao dịch bị lừa.",
                    screen=Screen(
                        kind="phone-list",
                        title="Danh bạ",
                        lines=("Con trai Minh", "Tổng đài ngân hàng", "Công an xã"),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Đổi mật khẩu các tài khoản",
                    text="Đổi mật khẩu ngân hàng, Zalo, Facebook, VNeID. Nếu lỡ cài ứng dụng lạ, "
                    "hãy tắt mạng và nhờ người am hiểu kiểm tra máy.",
                    screen=Screen(
                        kind="settings-form",
                        title="Đổi mật khẩu",
                        lines=("Mật khẩu hiện tại", "Mật khẩu mới", "Nhập lại mật khẩu", "Lưu"),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Lưu lại bằng chứng",
                    text="Chụp màn hình tin nhắn, cuộc gọi, biên lai chuyển tiền. Không xóa gì cả.",
                    screen=Screen(
                        kind="bank-document",
                        title="Chi tiết giao dịch",
                        lines=(
                            "Số tiền: 15.000.000 đ",
                            "Người nhận: NGUYEN VAN X",
                            "Số tài khoản nhận",
                            "Thời gian giao dịch",
                            "Lưu ảnh",
                        ),
                        highlight=4,
                    ),
                ),
                Step(
                    title="Trình báo công an",
                    text="Mang bằng chứng đến công an xã, phường gần nhất. Trường hợp khẩn cấp, "
                    "gọi 113.",
                ),
                Step(
                    title="Báo cho người thân, bạn bè",
                    text="Nếu kẻ gian chiếm được Zalo, Facebook, hãy báo để bạn bè không chuyển "
                    "tiền theo tin nhắn mượn tên bạn.",
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text="Cẩn thận bị lừa lần thứ hai: kẻ xưng là “có thể lấy lại tiền giúp” rồi đòi "
                "nộp phí trước cũng là lừa đảo. Chỉ làm việc với công an và ngân hàng.",
            ),
        ),
        ("heading", "Giúp mọi người cùng cảnh giác"),
        (
            "paragraph",
            "<p>Hãy kể lại câu chuyện của mình trong nhóm Zalo của thôn, bản hoặc trong buổi "
            "sinh hoạt chi hội. Một lời cảnh báo kịp thời có thể giữ tiền cho nhiều gia "
            "đình.</p>",
        ),
        (
            "image",
            Illustration(
                theme="meeting",
                alt="Buổi họp thôn, cán bộ công an xã nói chuyện với bà con về các chiêu lừa đảo",
                caption="Chia sẻ kinh nghiệm giúp cả cộng đồng tránh bị lừa.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt="Vừa phát hiện mình đã chuyển tiền cho kẻ lừa đảo. Việc đầu tiên nên làm "
                "là gì?",
                options=(
                    Option(
                        text="Gọi ngay tổng đài ngân hàng để khóa tài khoản",
                        is_correct=True,
                        feedback="Đúng. Báo ngân hàng càng sớm, càng có cơ hội ngăn tiền bị rút "
                        "đi.",
                    ),
                    Option(
                        text="Chờ vài hôm xem kẻ gian có trả lại không",
                        feedback="Sai. Chờ đợi chỉ giúp kẻ gian có thêm thời gian rút tiền.",
                    ),
                    Option(
                        text="Thuê người trên mạng hứa “lấy lại tiền”",
                        feedback="Sai. Đây thường là kẻ lừa đảo lần hai, sẽ đòi bạn nộp thêm tiền.",
                    ),
                ),
                explanation="Gọi ngân hàng trước, rồi đổi mật khẩu, giữ bằng chứng và trình báo "
                "công an.",
            ),
        ),
    ],
)

_QUIZ = Quiz(
    slug="kiem-tra-an-toan",
    title="Bài kiểm tra: An toàn trên không gian mạng",
    intro="Tám câu hỏi về nhận diện lừa đảo, mật khẩu, mã OTP và cách xử lý khi bị lừa, làm "
    "trong 10 phút. Bạn cần đúng từ 80% trở lên để đạt và có tối đa 3 lần làm bài.",
    questions=(
        Question(
            kind="single",
            prompt="Người xưng là công an gọi: “Anh dính đến đường dây rửa tiền, phải chuyển "
            "toàn bộ tiền vào tài khoản tạm giữ để điều tra”. Bạn nên làm gì?",
            options=(
                Option(
                    text="Cúp máy, đến công an xã hỏi lại",
                    is_correct=True,
                    feedback="Đúng. Công an không làm việc và không thu tiền qua điện thoại.",
                ),
                Option(
                    text="Chuyển tiền để chứng minh mình trong sạch",
                    feedback="Sai. Không có “tài khoản tạm giữ” nào cả, tiền sẽ mất vào tay kẻ "
                    "gian.",
                ),
                Option(
                    text="Đọc số căn cước để họ kiểm tra giúp",
                    feedback="Sai. Đưa thông tin cá nhân chỉ giúp kẻ gian lừa bạn dễ hơn.",
                ),
            ),
            explanation="Công an mời người dân làm việc bằng giấy mời hoặc gặp trực tiếp, không "
            "bao giờ bảo chuyển tiền qua điện thoại.",
        ),
        Question(
            kind="multiple",
            prompt="Đâu là dấu hiệu của cuộc gọi, tin nhắn lừa đảo? (Chọn tất cả ý đúng)",
            options=(
                Option(
                    text="Giục giã phải làm ngay, nếu không sẽ bị phạt hoặc mất quà",
                    is_correct=True,
                    feedback="Đúng. Kẻ gian giục để bạn không kịp suy nghĩ, hỏi ai.",
                ),
                Option(
                    text="Đòi bạn đọc mã OTP",
                    is_correct=True,
                    feedback="Đúng. Không cơ quan, ngân hàng nào hỏi mã OTP của bạn.",
                ),
                Option(
                    text="Gửi đường link bảo cài ứng dụng để thanh toán",
                    is_correct=True,
                    feedback="Đúng. Ứng dụng cài qua link lạ có thể chiếm quyền điều khiển máy.",
                ),
                Option(
                    text="Nhân viên giao hàng gọi hẹn giờ giao món hàng bạn đã đặt",
                    feedback="Đây là cuộc gọi bình thường, miễn là họ không đòi chuyển tiền "
                    "trước hay hỏi mã OTP.",
                ),
            ),
            explanation="Giục giã, đòi tiền, đòi OTP, gửi link lạ: gặp một trong các dấu hiệu "
            "này là phải dừng lại.",
        ),
        Question(
            kind="single",
            prompt="Mật khẩu nào dưới đây mạnh nhất?",
            options=(
                Option(
                    text="123456",
                    feedback="Yếu. Đây là mật khẩu phổ biến nhất, kẻ gian thử đầu tiên.",
                ),
                Option(
                    text="15081975 (ngày sinh)",
                    feedback="Yếu. Ngày sinh dễ tìm thấy trên mạng xã hội, giấy tờ.",
                ),
                Option(
                    text="Ntc3ctv2cb!",
                    is_correct=True,
                    feedback="Đúng. Mật khẩu dài, có chữ hoa, chữ thường, chữ số và ký hiệu.",
                ),
                Option(
                    text="matkhau",
                    feedback="Yếu. Chỉ có chữ thường và là một từ rất dễ đoán.",
                ),
            ),
            explanation="Mật khẩu mạnh dài từ 8 ký tự, trộn chữ hoa, chữ thường, số và ký hiệu.",
        ),
        Question(
            kind="true_false",
            prompt="Tin nhắn hiện đúng tên ngân hàng thì chắc chắn là tin nhắn thật.",
            answer=False,
            explanation="Sai. Kẻ gian có thể gửi tin nhắn mang tên ngân hàng, nằm chung với tin "
            "thật. Tin nào bảo bấm link, đòi thông tin thì phải nghi ngờ.",
        ),
        Question(
            kind="true_false",
            prompt="Khi đã bật xác thực hai bước, kẻ gian biết mật khẩu vẫn khó vào được tài "
            "khoản của bạn.",
            answer=True,
            explanation="Đúng. Chúng còn cần mã gửi về điện thoại của bạn, nên đừng bao giờ đưa "
            "mã đó cho ai.",
        ),
        Question(
            kind="order",
            prompt="Bạn vừa bị lừa chuyển tiền. Sắp xếp các việc cần làm theo đúng thứ tự.",
            options=(
                Option(text="Gọi tổng đài ngân hàng đề nghị khóa tài khoản"),
                Option(text="Đổi mật khẩu các tài khoản quan trọng"),
                Option(text="Chụp màn hình, lưu lại bằng chứng"),
                Option(text="Trình báo công an xã, phường"),
            ),
            explanation="Khóa tài khoản trước để ngăn mất thêm tiền, sau đó bảo vệ tài khoản, "
            "giữ bằng chứng và trình báo công an.",
        ),
        Question(
            kind="single",
            prompt="Người lạ gọi báo con bạn đang cấp cứu, cần chuyển tiền mổ gấp. Bạn làm gì "
            "trước tiên?",
            options=(
                Option(
                    text="Gọi cho con hoặc thầy cô bằng số đã lưu sẵn",
                    is_correct=True,
                    feedback="Đúng. Tự kiểm tra bằng số quen là cách nhanh nhất biết thật giả.",
                ),
                Option(
                    text="Chuyển tiền ngay theo số tài khoản người gọi đưa",
                    feedback="Sai. Đây đúng là điều kẻ gian muốn bạn làm khi đang hoảng.",
                ),
                Option(
                    text="Gọi lại vào chính số vừa gọi đến để hỏi",
                    feedback="Sai. Số đó là của kẻ gian, chúng sẽ tiếp tục dọa bạn.",
                ),
            ),
            explanation="Bình tĩnh, tự gọi cho người thân bằng số đã lưu trước khi làm bất cứ "
            "điều gì.",
        ),
        Question(
            kind="multiple",
            prompt="Việc nào giúp bảo vệ thông tin cá nhân của bạn? (Chọn tất cả ý đúng)",
            options=(
                Option(
                    text="Đặt mã khóa màn hình điện thoại",
                    is_correct=True,
                    feedback="Đúng. Người lạ cầm được máy cũng không tự mở ra được.",
                ),
                Option(
                    text="Để bài đăng ở chế độ “Bạn bè” thay vì “Công khai”",
                    is_correct=True,
                    feedback="Đúng. Người lạ sẽ không xem được ảnh, thông tin gia đình bạn.",
                ),
                Option(
                    text="Đăng ảnh thẻ căn cước lên mạng để nhờ làm hồ sơ",
                    feedback="Sai. Ảnh căn cước công khai có thể bị dùng để mạo danh bạn.",
                ),
                Option(
                    text="Điền số thẻ ngân hàng vào đường link nhận quà",
                    feedback="Sai. Đường link nhận quà là bẫy để lấy thông tin thẻ.",
                ),
            ),
            explanation="Khóa máy, giới hạn người xem và giữ kín giấy tờ là ba thói quen bảo vệ "
            "thông tin cơ bản.",
        ),
    ),
    pass_mark_percent=80,
    max_attempts=3,
    time_limit_minutes=10,
)

COURSE = Course(
    slug="an-toan-tren-mang",
    title="An toàn trên không gian mạng",
    summary="Nhận diện các chiêu lừa đảo qua điện thoại và tin nhắn, đặt mật khẩu mạnh, giữ "
    "kín mã OTP, bật xác thực hai bước và biết cần làm gì nếu chẳng may bị lừa.",
    description="Khóa học dành cho mọi người: cán bộ, học sinh, người dân và người lao động. "
    "Kẻ lừa đảo ngày càng tinh vi, giả danh công an, ngân hàng, điện lực, thậm chí giả cả "
    "giọng nói người thân. Học xong, bạn nhận ra ngay những dấu hiệu đáng ngờ, tự đặt được "
    "mật khẩu mạnh, bật xác thực hai bước, giữ kín thông tin cá nhân và biết các bước cần làm "
    "ngay khi bị lừa để giảm thiệt hại cho mình và gia đình.",
    level=1,
    competences=("2.6", "4.1", "4.2"),
    target_groups=("officials", "students", "adults", "workers"),
    image=Illustration(
        theme="security",
        alt="Chiếc điện thoại được che chắn bởi tấm khiên và ổ khóa",
        caption="Tỉnh táo trước mọi cuộc gọi, tin nhắn lạ.",
    ),
    modules=(
        Module(
            slug="nhan-dien-lua-dao",
            title="Nhận diện lừa đảo và giữ chặt mật khẩu",
            summary="Những chiêu lừa thường gặp, cách đặt mật khẩu mạnh và giữ kín mã OTP.",
            items=(_LESSON_SCAMS, _LESSON_PASSWORDS),
        ),
        Module(
            slug="tu-bao-ve-minh",
            title="Tự bảo vệ tài khoản và thông tin",
            summary="Bật xác thực hai bước, bảo vệ thông tin cá nhân và xử lý khi bị lừa đảo.",
            items=(_LESSON_2FA, _LESSON_SCAMMED, _QUIZ),
        ),
    ),
)
