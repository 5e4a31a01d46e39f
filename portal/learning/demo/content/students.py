"""Khóa học cho học sinh, sinh viên: học tập và giao tiếp an toàn trên mạng."""

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

_LESSON_SEARCH = Lesson(
    slug="tim-kiem-va-nhan-biet-tin-gia",
    title="Tìm kiếm thông tin và nhận biết tin giả",
    summary=(
        "Tìm kiếm nhanh, chọn nguồn tin chính thống và nhận ra những dấu hiệu thường gặp "
        "của tin giả trước khi tin hay chia sẻ."
    ),
    minutes=6,
    body=[
        ("heading", "Vì sao cần chọn lọc thông tin?"),
        (
            "paragraph",
            "<p>Mỗi ngày, điện thoại của bạn nhận hàng trăm tin tức, video và bài đăng. Có tin "
            "đúng, có tin sai, có tin bị cắt ghép để gây sốc. Khi làm bài tập hay chia sẻ cho "
            "bạn bè, bạn cần biết <b>tin nào đáng tin</b> và tin nào phải kiểm tra lại.</p>",
        ),
        ("heading", "Bốn bước tìm kiếm thông minh"),
        (
            "steps",
            [
                Step(
                    title="Gõ từ khóa ngắn, đúng ý",
                    text=(
                        "Thay vì gõ cả câu dài, hãy gõ vài từ chính. Đặt cụm từ trong dấu "
                        "ngoặc kép để tìm đúng cụm đó, ví dụ: “chè Shan tuyết” đặc điểm."
                    ),
                    screen=Screen(
                        kind="google-list",
                        title="Google",
                        lines=(
                            "“chè Shan tuyết” đặc điểm",
                            "chè Shan tuyết cổ thụ",
                            "chè Shan tuyết Suối Giàng",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Xem địa chỉ trang trước khi bấm",
                    text=(
                        "Ưu tiên trang của cơ quan nhà nước (đuôi .gov.vn), báo chí chính thống "
                        "và trang của trường học, viện nghiên cứu (đuôi .edu.vn)."
                    ),
                    screen=Screen(
                        kind="google-list",
                        title="Kết quả tìm kiếm",
                        lines=(
                            "moet.gov.vn · Lịch thi THPT",
                            "tintuc-hot24h.xyz · SỐC!!!",
                            "chinhphu.vn · Tin giáo dục",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Đọc ngày đăng và tác giả",
                    text=(
                        "Tin cũ bị đăng lại dễ gây hiểu nhầm. Bài không rõ tác giả, không rõ "
                        "nguồn thì cần thận trọng."
                    ),
                    screen=Screen(
                        kind="browser",
                        title="Bài viết",
                        lines=(
                            "tintuc-hot24h.xyz/sat-lo",
                            "NÓNG: Sạt lở nghiêm trọng",
                            "Đăng: 12/08/2019",
                            "Tác giả: không ghi",
                            "Nguồn: không rõ",
                        ),
                        highlight=2,
                    ),
                ),
                Step(
                    title="So sánh ít nhất hai nguồn",
                    text=(
                        "Thông tin quan trọng mà chỉ một trang lạ đăng thì chưa nên tin. Hãy tìm "
                        "thêm trên báo chí chính thống hoặc hỏi thầy cô."
                    ),
                ),
            ],
        ),
        ("heading", "Dấu hiệu của tin giả"),
        (
            "list",
            [
                "Tiêu đề giật gân, viết hoa, nhiều dấu chấm than",
                "Thúc giục “chia sẻ ngay kẻo bị xóa”",
                "Không ghi nguồn, hoặc nguồn là trang lạ, tài khoản ẩn danh",
                "Ảnh, video không khớp thời gian, địa điểm được nêu",
                "Đánh mạnh vào cảm xúc: sợ hãi, tức giận, thương cảm",
            ],
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text=(
                    "Chưa kiểm chứng thì không chia sẻ. Đăng, chia sẻ tin sai sự thật có thể bị "
                    "xử phạt và làm tổn thương người khác."
                ),
            ),
        ),
        (
            "paragraph",
            "<p>Gặp tin nghi là giả, bạn có thể phản ánh tới <b>Trung tâm Xử lý tin giả "
            'Việt Nam</b> tại <a href="https://tingia.gov.vn">tingia.gov.vn</a>.</p>',
        ),
        (
            "image",
            Illustration(
                theme="phone",
                alt="Học sinh dùng điện thoại tra cứu thông tin cho bài tập",
                caption="So sánh nhiều nguồn trước khi tin và trước khi chia sẻ.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt=(
                    "Một trang lạ đăng: “Toàn trường nghỉ học cả tuần, chia sẻ ngay!”. "
                    "Bạn nên làm gì trước tiên?"
                ),
                options=(
                    Option(
                        text="Chia sẻ ngay vào nhóm lớp để mọi người cùng biết",
                        feedback=(
                            "Chưa đúng. Nếu tin sai, cả lớp bị ảnh hưởng và chính bạn đã "
                            "giúp tin sai lan đi."
                        ),
                    ),
                    Option(
                        text="Xem trang của nhà trường và hỏi giáo viên chủ nhiệm",
                        is_correct=True,
                        feedback="Đúng. Nhà trường là nguồn chính thức về lịch học.",
                    ),
                    Option(
                        text="Bình luận dưới bài để hỏi mọi người",
                        feedback=(
                            "Chưa đúng. Người bình luận cũng không chắc chắn, và bình luận "
                            "còn làm bài đăng lan rộng hơn."
                        ),
                    ),
                ),
                explanation=(
                    "Thông tin về lịch học chỉ tin khi do nhà trường hoặc cơ quan giáo dục "
                    "thông báo."
                ),
            ),
        ),
    ],
)

_LESSON_CLASSROOM = Lesson(
    slug="lop-hoc-truc-tuyen-va-email",
    title="Học trực tuyến và viết email đúng cách",
    summary=(
        "Vào lớp học trên Google Classroom, nộp bài đúng hạn và viết email cho thầy cô "
        "lịch sự, rõ ràng."
    ),
    minutes=7,
    body=[
        ("heading", "Tham gia lớp học trên Google Classroom"),
        (
            "paragraph",
            "<p>Nhiều thầy cô giao bài và nhận bài qua <b>Google Classroom</b>. Bạn cần một "
            "tài khoản Google (thường do nhà trường cấp) và <b>mã lớp</b> do thầy cô gửi.</p>",
        ),
        (
            "steps",
            [
                Step(
                    title="Mở ứng dụng Google Classroom",
                    text=(
                        "Đăng nhập bằng tài khoản Google mà thầy cô hướng dẫn. Ở màn hình "
                        "chính, bấm dấu cộng (+)."
                    ),
                    screen=Screen(
                        kind="classroom-list",
                        title="Google Classroom",
                        lines=("Toán 10A3", "Ngữ văn 10A3", "+ Tham gia lớp học"),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Chọn “Tham gia lớp học” và nhập mã lớp",
                    text=("Gõ đúng mã lớp thầy cô gửi (gồm chữ và số), rồi bấm “Tham gia”."),
                    screen=Screen(
                        kind="classroom-form",
                        title="Tham gia lớp học",
                        lines=(
                            "Đăng nhập: an.nv@thpt.edu.vn",
                            "Mã lớp",
                            "Tham gia",
                        ),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Mở mục “Bài tập trên lớp”",
                    text="Mỗi bài tập đều có hạn nộp. Bấm vào bài để đọc yêu cầu và tài liệu.",
                    screen=Screen(
                        kind="classroom-list",
                        title="Bài tập trên lớp",
                        lines=(
                            "Bài 3: Hàm số bậc hai",
                            "Hạn nộp: 20:00 thứ Sáu",
                            "Bài 4: Luyện tập",
                            "Không có hạn nộp",
                        ),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Đính kèm bài làm và bấm “Nộp bài”",
                    text=(
                        "Thêm ảnh chụp hoặc tệp bài làm, kiểm tra lại rồi bấm “Nộp bài”. "
                        "Bài đã nộp sẽ hiện trạng thái “Đã nộp”."
                    ),
                    screen=Screen(
                        kind="classroom-form",
                        title="Bài 3: Hàm số bậc hai",
                        lines=(
                            "Bài tập của bạn",
                            "bai3-nguyen-van-an.pdf",
                            "+ Thêm tệp đính kèm",
                            "Nộp bài",
                        ),
                        highlight=3,
                    ),
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="tip",
                text=(
                    "Chụp bài ở nơi đủ sáng, giữ máy thẳng để chữ rõ. Nên nộp sớm hơn hạn "
                    "một chút, phòng khi mạng yếu."
                ),
            ),
        ),
        ("heading", "Viết email cho thầy cô"),
        (
            "paragraph",
            "<p>Email khác tin nhắn trò chuyện. Một email tốt có đủ các phần sau:</p>",
        ),
        (
            "list",
            [
                "Tiêu đề nói rõ việc: “10A3 – Nguyễn Văn An – Nộp bài Ngữ văn tuần 5”",
                "Lời chào: “Em chào cô ạ,”",
                "Nội dung: em là ai, cần gì, viết trong vài câu",
                "Lời cảm ơn, họ tên và lớp ở cuối thư",
                "Tệp đính kèm đặt tên rõ ràng, kiểm tra đã đính kèm chưa",
            ],
        ),
        (
            "tip",
            Tip(
                kind="remember",
                text=(
                    "Không viết toàn chữ in hoa, không dùng tiếng lóng hay viết tắt khó hiểu. "
                    "Đọc lại một lượt rồi mới bấm Gửi."
                ),
            ),
        ),
        (
            "image",
            Illustration(
                theme="classroom",
                alt="Học sinh học trực tuyến trên máy tính bảng, giáo viên giảng bài qua màn hình",
                caption="Lớp học trực tuyến cũng cần đúng giờ và lễ phép như lớp học thật.",
            ),
        ),
        (
            "check",
            Question(
                kind="true_false",
                prompt=(
                    "Khi gửi email cho thầy cô, có thể để trống tiêu đề vì thầy cô sẽ mở ra đọc."
                ),
                answer=False,
                explanation=(
                    "Sai. Thầy cô nhận rất nhiều email mỗi ngày. Tiêu đề rõ ràng giúp thầy cô "
                    "biết ngay thư của ai, về việc gì và không bỏ sót."
                ),
            ),
        ),
    ],
)

_LESSON_BULLYING = Lesson(
    slug="giao-tiep-ton-trong-va-bat-nat-qua-mang",
    title="Giao tiếp tôn trọng và ứng phó với bắt nạt qua mạng",
    summary=(
        "Ứng xử văn minh trên mạng xã hội, biết cách tự bảo vệ và tìm người giúp đỡ khi bị "
        "bắt nạt qua mạng."
    ),
    minutes=7,
    body=[
        ("heading", "Ứng xử văn minh trên mạng"),
        (
            "paragraph",
            "<p>Sau mỗi màn hình là một con người thật, có cảm xúc thật. Trước khi đăng bài "
            "hay bình luận, hãy tự hỏi: <i>Mình có dám nói câu này khi đứng trước mặt bạn "
            "ấy không?</i></p>",
        ),
        (
            "list",
            [
                "Góp ý về việc, không chê bai con người",
                "Không đăng ảnh, thông tin của người khác khi chưa được đồng ý",
                "Không hùa theo chế giễu, kể cả chỉ bấm “thích”",
                "Đang tức giận thì chưa trả lời",
            ],
        ),
        ("heading", "Bắt nạt qua mạng là gì?"),
        (
            "paragraph",
            "<p>Đó là việc cố ý, lặp đi lặp lại nhắn tin đe dọa, lăng mạ, tung tin đồn, đăng "
            "ảnh chế giễu hoặc cô lập một người trong nhóm chat. Bắt nạt qua mạng gây tổn "
            "thương thật, vì nó lan nhanh và rất khó xóa.</p>",
        ),
        ("heading", "Nếu bạn bị bắt nạt"),
        (
            "steps",
            [
                Step(
                    title="Không đáp trả",
                    text=(
                        "Đáp trả thường làm sự việc căng thẳng hơn. Hãy bình tĩnh rời khỏi "
                        "cuộc trò chuyện."
                    ),
                ),
                Step(
                    title="Chụp màn hình làm bằng chứng",
                    text=(
                        "Chụp lại tin nhắn, bài đăng, tên tài khoản và thời gian. Đừng xóa vội, "
                        "vì đó là bằng chứng."
                    ),
                    screen=Screen(
                        kind="zalo-chat",
                        title="Tài khoản ẩn danh",
                        lines=(
                            "Mai đừng có đến lớp nữa",
                            "Bạn là ai vậy?",
                            "Cả lớp sẽ cười vào mặt bạn",
                        ),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Chặn và báo xấu tài khoản",
                    text=(
                        "Zalo, Facebook, TikTok đều cho phép chặn và báo cáo tài khoản vi phạm. "
                        "Mở phần tùy chọn của cuộc trò chuyện để làm."
                    ),
                    screen=Screen(
                        kind="zalo-list",
                        title="Tùy chọn",
                        lines=(
                            "Xem trang cá nhân",
                            "Chặn tin nhắn",
                            "Báo xấu",
                            "Xóa lịch sử trò chuyện",
                        ),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Kể với người lớn bạn tin tưởng",
                    text=(
                        "Nói với bố mẹ, giáo viên chủ nhiệm hoặc thầy cô tư vấn tâm lý. Bạn "
                        "không có lỗi và không phải chịu đựng một mình."
                    ),
                    screen=Screen(
                        kind="zalo-chat",
                        title="Mẹ",
                        lines=(
                            "Con đi học về chưa?",
                            "Mẹ ơi, con có chuyện muốn kể",
                            "Con cứ kể, mẹ nghe đây.",
                            "Con bị bắt nạt qua mạng ạ",
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
                    "Nếu bị đe dọa, tống tiền hay bị phát tán ảnh riêng tư, hãy báo ngay cho gia "
                    "đình, nhà trường, công an và gọi Tổng đài quốc gia bảo vệ trẻ em 111 "
                    "(miễn phí, 24/7)."
                ),
            ),
        ),
        ("heading", "Khi thấy bạn khác bị bắt nạt"),
        (
            "paragraph",
            "<p>Đừng im lặng và đừng chia sẻ tiếp. Hãy nhắn riêng hỏi thăm bạn ấy, giúp bạn "
            "ấy lưu bằng chứng và cùng đi báo thầy cô.</p>",
        ),
        (
            "image",
            Illustration(
                theme="school",
                alt="Các bạn học sinh trò chuyện vui vẻ trong sân trường",
                caption="Một lời hỏi thăm đúng lúc có thể giúp bạn mình rất nhiều.",
            ),
        ),
        (
            "check",
            Question(
                kind="multiple",
                prompt=(
                    "Một tài khoản lạ nhắn tin lăng mạ bạn nhiều ngày liền. Những việc nào nên "
                    "làm? (Chọn tất cả đáp án đúng)"
                ),
                options=(
                    Option(
                        text="Chụp màn hình lưu bằng chứng",
                        is_correct=True,
                        feedback="Đúng. Bằng chứng giúp người lớn và công an xử lý.",
                    ),
                    Option(
                        text="Nhắn lại thật gay gắt cho họ sợ",
                        feedback="Chưa đúng. Đáp trả dễ làm sự việc tệ hơn.",
                    ),
                    Option(
                        text="Chặn và báo xấu tài khoản đó",
                        is_correct=True,
                        feedback="Đúng. Chặn giúp bạn không phải đọc thêm tin nhắn xấu.",
                    ),
                    Option(
                        text="Kể với bố mẹ hoặc thầy cô",
                        is_correct=True,
                        feedback="Đúng. Người lớn sẽ giúp bạn tìm cách giải quyết.",
                    ),
                    Option(
                        text="Xóa hết tin nhắn để quên đi",
                        feedback="Chưa đúng. Xóa tin nhắn là mất bằng chứng.",
                    ),
                ),
                explanation=(
                    "Giữ bình tĩnh, lưu bằng chứng, chặn, báo xấu và kể với người lớn là "
                    "cách ứng phó an toàn nhất."
                ),
            ),
        ),
    ],
)

_LESSON_AI = Lesson(
    slug="dung-ai-trung-thuc-trong-hoc-tap",
    title="Dùng trí tuệ nhân tạo trung thực trong học tập",
    summary=(
        "Nhờ AI giải thích và gợi ý đúng cách, tự kiểm tra câu trả lời của AI và không sao "
        "chép bài làm."
    ),
    minutes=6,
    body=[
        ("heading", "AI là trợ lý, không phải người làm bài hộ"),
        (
            "paragraph",
            "<p>Các công cụ trí tuệ nhân tạo (AI) như ChatGPT, Gemini hay Copilot có thể giải "
            "thích bài khó, gợi ý dàn ý, ra câu hỏi ôn tập. Nhưng AI có thể <b>trả lời sai mà "
            "vẫn rất tự tin</b>: bịa số liệu, bịa tên sách, nhầm công thức.</p>",
        ),
        (
            "list",
            [
                "Nên: nhờ giải thích một khái niệm bằng ví dụ đời thường",
                "Nên: nhờ chỉ ra lỗi trong bài mình tự viết, rồi tự sửa",
                "Nên: nhờ ra câu hỏi để tự ôn bài",
                "Không nên: nhờ AI viết cả bài rồi nộp như bài của mình",
            ],
        ),
        ("heading", "Kiểm tra câu trả lời của AI"),
        (
            "steps",
            [
                Step(
                    title="Hỏi rõ ràng, đủ bối cảnh",
                    text=(
                        "Nói rõ bạn học lớp mấy, môn gì, muốn AI giải thích hay gợi ý. Câu hỏi "
                        "càng rõ thì câu trả lời càng sát."
                    ),
                    screen=Screen(
                        kind="ai-chat",
                        title="Trợ lý AI",
                        lines=(
                            "Xin chào! Bạn cần hỏi gì?",
                            "Em học lớp 10, môn Địa lí.",
                            "Bạn muốn hỏi bài nào?",
                            "Vì sao Trái Đất có mùa?",
                            "Do trục Trái Đất nghiêng…",
                        ),
                        highlight=3,
                    ),
                ),
                Step(
                    title="Đối chiếu với sách giáo khoa",
                    text=(
                        "So sánh ý chính với sách giáo khoa, vở ghi hoặc trang chính thống. Chỗ "
                        "nào khác nhau thì đánh dấu lại."
                    ),
                ),
                Step(
                    title="Tự mở nguồn để kiểm tra",
                    text=(
                        "Hỏi AI thông tin lấy từ đâu, rồi tự mở nguồn đó ra xem. AI có thể đưa "
                        "ra đường link hoặc tên sách không có thật."
                    ),
                    screen=Screen(
                        kind="browser",
                        title="Trình duyệt",
                        lines=(
                            "moet.gov.vn/bao-cao-mua",
                            "404 – Không tìm thấy trang",
                            "Quay lại trang chủ",
                        ),
                    ),
                ),
                Step(
                    title="Hỏi thầy cô khi còn băn khoăn",
                    text="Thầy cô giúp bạn phân biệt đúng sai nhanh và chắc chắn nhất.",
                    screen=Screen(
                        kind="email-form",
                        title="Thư mới",
                        lines=(
                            "Đến: thầy giáo bộ môn Địa lí",
                            "Tiêu đề: 10A3 – Hỏi bài",
                            "Em chào thầy ạ,",
                            "Em muốn hỏi về các mùa…",
                            "Gửi",
                        ),
                        highlight=4,
                    ),
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text=(
                    "Nộp bài do AI viết như bài của mình là gian lận. Nếu có dùng AI, hãy ghi "
                    "rõ đã dùng ở phần nào, theo đúng quy định của thầy cô và nhà trường."
                ),
            ),
        ),
        ("heading", "Giữ thông tin cá nhân khi dùng AI"),
        (
            "paragraph",
            "<p>Không nhập họ tên đầy đủ, số định danh cá nhân, địa chỉ nhà, ảnh riêng tư hay "
            "mật khẩu vào công cụ AI. Nội dung bạn nhập có thể được lưu lại trên máy chủ của "
            "nhà cung cấp.</p>",
        ),
        (
            "image",
            Illustration(
                theme="classroom",
                alt="Học sinh dùng máy tính tìm hiểu bài, thầy giáo đứng bên hướng dẫn",
                caption="AI gợi ý, còn bạn là người suy nghĩ và chịu trách nhiệm về bài làm.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt="Cô giáo giao bài văn nghị luận. Cách dùng AI nào là trung thực?",
                options=(
                    Option(
                        text="Chép nguyên bài AI viết rồi nộp",
                        feedback="Chưa đúng. Đó là nộp bài của người khác dưới tên mình.",
                    ),
                    Option(
                        text=(
                            "Nhờ AI gợi ý dàn ý, tự viết bằng lời của mình và ghi rõ đã tham "
                            "khảo AI"
                        ),
                        is_correct=True,
                        feedback="Đúng. Bạn học được cách lập ý mà bài vẫn là của bạn.",
                    ),
                    Option(
                        text="Nhờ AI viết rồi đổi vài từ cho khác đi",
                        feedback="Chưa đúng. Đổi vài từ không làm bài viết thành của bạn.",
                    ),
                ),
                explanation=(
                    "Dùng AI để học thêm, không dùng để làm thay. Bài nộp phải là suy nghĩ và "
                    "lời văn của chính bạn."
                ),
            ),
        ),
    ],
)

_FINAL_QUIZ = Quiz(
    slug="kiem-tra-cuoi-lo-trinh-hoc-sinh",
    title="Bài kiểm tra cuối lộ trình: Học sinh, sinh viên",
    intro=(
        "Tám câu hỏi về tìm kiếm thông tin, học trực tuyến, ứng xử trên mạng và dùng AI. "
        "Bạn cần trả lời đúng từ 80% trở lên để đạt, và được làm tối đa 3 lần."
    ),
    pass_mark_percent=80,
    max_attempts=3,
    questions=(
        Question(
            kind="single",
            prompt="Bạn muốn biết lịch thi tốt nghiệp THPT. Nguồn nào đáng tin nhất?",
            options=(
                Option(
                    text="Trang thông tin của Bộ Giáo dục và Đào tạo hoặc của nhà trường",
                    is_correct=True,
                    feedback="Đúng. Đây là nơi công bố lịch thi chính thức.",
                ),
                Option(
                    text="Video của một tài khoản lạ có nhiều lượt xem",
                    feedback="Chưa đúng. Nhiều lượt xem không có nghĩa là thông tin đúng.",
                ),
                Option(
                    text="Tin nhắn được chuyển tiếp trong nhóm chat",
                    feedback="Chưa đúng. Tin chuyển tiếp thường không rõ ai viết ra đầu tiên.",
                ),
            ),
            explanation="Thông tin về thi cử luôn cần lấy từ cơ quan giáo dục hoặc nhà trường.",
        ),
        Question(
            kind="multiple",
            prompt="Đâu là dấu hiệu thường gặp của tin giả? (Chọn tất cả đáp án đúng)",
            options=(
                Option(
                    text="Tiêu đề giật gân, nhiều dấu chấm than",
                    is_correct=True,
                    feedback="Đúng. Tin giả thường tìm cách gây sốc để được bấm vào.",
                ),
                Option(
                    text="Thúc giục “chia sẻ ngay kẻo bị xóa”",
                    is_correct=True,
                    feedback="Đúng. Sự vội vàng khiến người đọc quên kiểm tra.",
                ),
                Option(
                    text="Ghi rõ nguồn là một cơ quan nhà nước, có đường link kiểm tra được",
                    feedback="Chưa đúng. Nguồn rõ ràng, kiểm tra được là dấu hiệu tin đáng tin.",
                ),
                Option(
                    text="Không rõ tác giả, đăng từ tài khoản ẩn danh",
                    is_correct=True,
                    feedback="Đúng. Không ai chịu trách nhiệm về nội dung thì cần thận trọng.",
                ),
            ),
            explanation="Tin giả thường giật gân, thúc giục chia sẻ và không rõ nguồn gốc.",
        ),
        Question(
            kind="true_false",
            prompt="Trang web trông đẹp, chuyên nghiệp thì thông tin trên đó chắc chắn đúng.",
            answer=False,
            explanation=(
                "Sai. Ai cũng có thể làm một trang web đẹp. Hãy xem địa chỉ trang, tác giả và "
                "so sánh với nguồn chính thống."
            ),
        ),
        Question(
            kind="order",
            prompt="Sắp xếp các bước để vào lớp và nộp bài trên Google Classroom.",
            options=(
                Option(text="Mở Google Classroom, đăng nhập tài khoản của trường"),
                Option(text="Bấm dấu cộng (+), chọn “Tham gia lớp học”"),
                Option(text="Nhập mã lớp thầy cô gửi"),
                Option(text="Mở bài tập và đính kèm bài làm"),
                Option(text="Bấm “Nộp bài”"),
            ),
            explanation="Vào đúng lớp trước, rồi mới mở bài tập, đính kèm và nộp bài.",
        ),
        Question(
            kind="single",
            prompt="Tiêu đề email nào phù hợp nhất khi gửi bài cho cô giáo?",
            options=(
                Option(
                    text="“Cô ơi”",
                    feedback="Chưa đúng. Tiêu đề này không cho biết thư của ai, về việc gì.",
                ),
                Option(
                    text="“10A3 – Nguyễn Văn An – Nộp bài Ngữ văn tuần 5”",
                    is_correct=True,
                    feedback="Đúng. Cô biết ngay ai gửi, lớp nào và về việc gì.",
                ),
                Option(
                    text="“GẤP!!! BÀI TẬP”",
                    feedback="Chưa đúng. Viết hoa toàn bộ và chấm than dễ bị coi là thiếu lễ phép.",
                ),
            ),
            explanation="Tiêu đề tốt nêu lớp, họ tên và việc cần trao đổi.",
        ),
        Question(
            kind="multiple",
            prompt=(
                "Bạn thấy một bạn cùng lớp bị chế giễu trong nhóm chat. Bạn nên làm gì? "
                "(Chọn tất cả đáp án đúng)"
            ),
            options=(
                Option(
                    text="Nhắn riêng hỏi thăm, động viên bạn ấy",
                    is_correct=True,
                    feedback="Đúng. Bạn ấy sẽ thấy mình không đơn độc.",
                ),
                Option(
                    text="Bấm “thích” cho vui, vì mình không viết gì xấu",
                    feedback="Chưa đúng. Bấm “thích” cũng là hùa theo người bắt nạt.",
                ),
                Option(
                    text="Cùng bạn ấy lưu bằng chứng và báo thầy cô",
                    is_correct=True,
                    feedback="Đúng. Thầy cô cần bằng chứng để can thiệp kịp thời.",
                ),
                Option(
                    text="Chia sẻ ảnh chế giễu sang nhóm khác để hỏi ý kiến",
                    feedback="Chưa đúng. Chia sẻ tiếp làm bạn ấy bị tổn thương nhiều hơn.",
                ),
            ),
            explanation="Người chứng kiến có thể giúp dừng bắt nạt bằng cách lên tiếng đúng cách.",
        ),
        Question(
            kind="true_false",
            prompt="AI có thể đưa ra thông tin sai, kể cả tên sách hay đường link không có thật.",
            answer=True,
            explanation=(
                "Đúng. Vì vậy cần đối chiếu câu trả lời của AI với sách giáo khoa và nguồn "
                "chính thống."
            ),
        ),
        Question(
            kind="single",
            prompt="Việc nào sau đây là dùng AI trung thực trong học tập?",
            options=(
                Option(
                    text="Nhờ AI giải bài kiểm tra thay mình",
                    feedback="Chưa đúng. Đó là gian lận trong kiểm tra.",
                ),
                Option(
                    text="Nhờ AI ra câu hỏi ôn tập rồi tự trả lời",
                    is_correct=True,
                    feedback="Đúng. AI giúp bạn luyện tập, còn bạn vẫn là người học.",
                ),
                Option(
                    text="Dán nguyên câu trả lời của AI vào bài mà không ghi rõ",
                    feedback="Chưa đúng. Dùng AI mà không ghi rõ là thiếu trung thực.",
                ),
            ),
            explanation="AI nên giúp bạn hiểu bài và luyện tập, không làm thay bạn.",
        ),
    ),
)

COURSE = Course(
    slug="hoc-tap-an-toan-tren-mang",
    title="Học tập và giao tiếp an toàn trên mạng",
    summary=(
        "Tìm và kiểm chứng thông tin, học trực tuyến, ứng xử tôn trọng trên mạng và dùng AI "
        "trung thực cho học sinh, sinh viên."
    ),
    description=(
        "Khóa học dành cho học sinh, sinh viên. Học xong, bạn biết tìm kiếm và chọn nguồn tin "
        "chính thống, nhận ra tin giả, vào lớp và nộp bài trên Google Classroom, viết email lịch "
        "sự cho thầy cô, biết cách tự bảo vệ và tìm người giúp khi bị bắt nạt qua mạng, và dùng "
        "công cụ trí tuệ nhân tạo một cách trung thực."
    ),
    level=2,
    competences=("1.1", "1.2", "2.1", "2.5", "4.3", "6.2", "6.3"),
    target_groups=("students",),
    image=Illustration(
        theme="school",
        alt="Học sinh dùng điện thoại và máy tính bảng học bài trong sân trường",
        caption="Học tập thông minh, giao tiếp văn minh trên không gian mạng.",
    ),
    modules=(
        Module(
            slug="tim-kiem-thong-tin-va-hoc-truc-tuyen",
            title="Tìm kiếm thông tin và học trực tuyến",
            summary="Chọn nguồn tin đáng tin, nhận biết tin giả, học và nộp bài trực tuyến.",
            items=(_LESSON_SEARCH, _LESSON_CLASSROOM),
        ),
        Module(
            slug="ung-xu-tren-mang-va-dung-ai",
            title="Ứng xử trên mạng và dùng AI trung thực",
            summary="Giao tiếp tôn trọng, ứng phó với bắt nạt qua mạng và dùng AI đúng cách.",
            items=(_LESSON_BULLYING, _LESSON_AI, _FINAL_QUIZ),
        ),
    ),
)
