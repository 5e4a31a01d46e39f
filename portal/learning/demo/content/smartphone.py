"""Khóa học “Làm quen với điện thoại thông minh”: the first steps on a smartphone."""

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

_LESSON_START = Lesson(
    slug="bat-may-man-hinh-chinh-co-chu",
    title="Bật máy, màn hình chính và cỡ chữ dễ đọc",
    summary=(
        "Cách bật và mở khóa điện thoại, nhận biết các phần của màn hình chính "
        "và phóng to chữ cho dễ đọc."
    ),
    minutes=6,
    body=[
        (
            "paragraph",
            "<p>Điện thoại thông minh giống như một chiếc hộp đựng nhiều công cụ: gọi điện, "
            "nhắn tin, chụp ảnh, xem tin tức, làm thủ tục hành chính. Bài này giúp bạn làm quen "
            "với những thao tác đầu tiên. Cứ làm chậm, làm nhiều lần: <b>không có thao tác nào "
            "trong bài này làm hỏng máy</b>.</p>",
        ),
        ("heading", "Bật máy và mở khóa"),
        (
            "paragraph",
            "<p>Nút nguồn thường nằm ở cạnh phải của máy. <b>Nhấn giữ nút nguồn khoảng 3 giây</b> "
            "đến khi màn hình sáng lên. Khi máy đã bật, nhấn nhẹ nút nguồn một lần là tắt hoặc "
            "mở màn hình. Để mở khóa, bạn vuốt màn hình từ dưới lên rồi nhập mã khóa, hoặc đặt "
            "ngón tay lên chỗ quét vân tay nếu máy có.</p>",
        ),
        ("heading", "Màn hình chính có gì?"),
        (
            "paragraph",
            "<p>Sau khi mở khóa, bạn thấy <b>màn hình chính</b>. Mỗi hình nhỏ có tên bên dưới "
            "gọi là <b>biểu tượng ứng dụng</b>. Chạm nhẹ một lần vào biểu tượng để mở ứng dụng "
            "đó.</p>",
        ),
        (
            "list",
            [
                "Thanh trên cùng: giờ, mức pin, vạch sóng điện thoại và Wi-Fi.",
                "Vuốt từ mép trên xuống: mở bảng thông báo và các nút bật nhanh.",
                "Hàng dưới cùng: các ứng dụng hay dùng như Điện thoại, Tin nhắn, Zalo.",
                "Nút về màn hình chính: khi bị lạc trong một ứng dụng, bấm nút này "
                "(hoặc vuốt từ mép dưới lên) để quay về.",
            ],
        ),
        (
            "image",
            Illustration(
                theme="elderly",
                alt="Một bác lớn tuổi cầm điện thoại, người cháu ngồi bên cạnh chỉ cách bấm",
                caption="Học cùng con cháu hoặc tổ công nghệ số cộng đồng sẽ nhanh quen hơn.",
            ),
        ),
        ("heading", "Phóng to chữ cho dễ đọc"),
        (
            "paragraph",
            "<p>Nếu chữ trên máy quá nhỏ, bạn có thể tự phóng to. Tên các mục có thể hơi khác "
            "nhau giữa các hãng máy, nhưng cách làm gần giống nhau.</p>",
        ),
        (
            "steps",
            [
                Step(
                    title="Mở ứng dụng Cài đặt",
                    text="Tìm biểu tượng hình bánh răng có tên “Cài đặt” trên màn hình chính "
                    "và chạm vào.",
                    screen=Screen(
                        kind="android-home",
                        title="Màn hình chính",
                        lines=("Điện thoại", "Tin nhắn", "Máy ảnh", "Zalo", "Cài đặt"),
                        highlight=4,
                    ),
                ),
                Step(
                    title="Chọn mục Màn hình",
                    text="Vuốt danh sách lên xuống để tìm mục “Màn hình”. Trên iPhone, mục này "
                    "tên là “Màn hình & Độ sáng”.",
                    screen=Screen(
                        kind="settings-list",
                        title="Cài đặt",
                        lines=("Wi-Fi", "Âm thanh", "Màn hình", "Pin", "Bảo mật"),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Chọn Cỡ chữ",
                    text="Chạm vào “Cỡ chữ” hoặc “Cỡ và kiểu phông chữ”.",
                    screen=Screen(
                        kind="settings-list",
                        title="Màn hình",
                        lines=(
                            "Độ sáng",
                            "Chế độ tối",
                            "Cỡ và kiểu phông chữ",
                            "Thời gian chờ màn hình",
                        ),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Kéo thanh trượt sang phải",
                    text="Kéo nút tròn trên thanh trượt sang phải để chữ to hơn. Dòng chữ mẫu "
                    "phía trên thay đổi theo để bạn xem thử.",
                    screen=Screen(
                        kind="settings-form",
                        title="Cỡ chữ",
                        lines=("Chữ mẫu: Xin chào bà con", "Cỡ chữ: nhỏ — lớn", "Chữ đậm"),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Quay về và kiểm tra",
                    text="Bấm nút về màn hình chính, mở Tin nhắn hoặc Zalo xem chữ đã vừa mắt "
                    "chưa. Chưa vừa thì làm lại từ đầu.",
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="remember",
                text="Nhấn giữ nút nguồn để bật máy, nhấn nhẹ để tắt hay mở màn hình. Lúc nào "
                "bị lạc, cứ bấm nút về màn hình chính.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt="Bạn đang ở trong một ứng dụng và không biết cách thoát ra. Nên làm gì?",
                options=(
                    Option(
                        text="Bấm nút về màn hình chính hoặc vuốt từ mép dưới lên",
                        is_correct=True,
                        feedback="Đúng. Thao tác này luôn đưa bạn về màn hình chính mà không "
                        "làm hỏng gì.",
                    ),
                    Option(
                        text="Tắt nguồn máy ngay",
                        feedback="Không cần thiết. Tắt máy đột ngột có thể làm mất việc bạn "
                        "đang làm dở.",
                    ),
                    Option(
                        text="Bấm liên tục vào mọi chỗ trên màn hình",
                        feedback="Bấm lung tung dễ mở nhầm chức năng. Hãy bình tĩnh dùng nút "
                        "về màn hình chính.",
                    ),
                ),
                explanation="Nút về màn hình chính là “lối thoát” an toàn trong mọi ứng dụng.",
            ),
        ),
    ],
)

_LESSON_INTERNET = Lesson(
    slug="ket-noi-wifi-4g",
    title="Kết nối Internet bằng Wi-Fi hoặc 4G",
    summary="Hiểu Wi-Fi và 4G khác nhau thế nào, cách kết nối Wi-Fi ở nhà và bật 4G khi ra ngoài.",
    minutes=5,
    body=[
        (
            "paragraph",
            "<p>Muốn dùng Zalo, xem tin tức hay làm dịch vụ công, điện thoại cần có "
            "<b>Internet</b> (bà con hay gọi là “có mạng”). Có hai cách: dùng <b>Wi-Fi</b> – mạng "
            "không dây của gia đình, cơ quan, quán xá; hoặc dùng <b>dữ liệu di động 4G</b> – "
            "mạng đi kèm sim điện thoại, trả tiền theo gói cước của nhà mạng.</p>",
        ),
        ("heading", "Khi nào dùng Wi-Fi, khi nào dùng 4G?"),
        (
            "list",
            [
                "Ở nhà, ở cơ quan có Wi-Fi: dùng Wi-Fi cho tiết kiệm, nhất là khi xem video.",
                "Đi nương, đi chợ, đi đường: bật 4G.",
                "Muốn biết gói 4G còn bao nhiêu dung lượng: hỏi cửa hàng của nhà mạng hoặc gọi "
                "tổng đài chăm sóc khách hàng.",
            ],
        ),
        ("heading", "Kết nối Wi-Fi"),
        (
            "steps",
            [
                Step(
                    title="Hỏi tên và mật khẩu Wi-Fi",
                    text="Tên mạng và mật khẩu thường ghi ở mặt dưới cục phát Wi-Fi, hoặc bạn "
                    "hỏi chủ nhà.",
                ),
                Step(
                    title="Mở Cài đặt, chọn Wi-Fi",
                    text="Trên một số máy Samsung, mục Wi-Fi nằm trong mục “Kết nối”.",
                    screen=Screen(
                        kind="settings-list",
                        title="Cài đặt",
                        lines=("Wi-Fi", "Bluetooth", "Dữ liệu di động", "Màn hình", "Âm thanh"),
                        highlight=0,
                    ),
                ),
                Step(
                    title="Bật Wi-Fi và chọn đúng tên mạng",
                    text="Gạt nút Wi-Fi sang bật. Danh sách các mạng xung quanh hiện ra, chạm "
                    "vào tên mạng của nhà mình.",
                    screen=Screen(
                        kind="settings-list",
                        title="Wi-Fi",
                        lines=("Wi-Fi: Bật", "NHA_BAC_TUAN", "QUAN_NUOC_CHO", "UBND_XA_KHACH"),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Nhập mật khẩu và bấm Kết nối",
                    text="Gõ đúng chữ hoa, chữ thường. Khi dưới tên mạng hiện “Đã kết nối” là "
                    "xong.",
                    screen=Screen(
                        kind="settings-form",
                        title="NHA_BAC_TUAN",
                        lines=("Mật khẩu", "••••••••", "Hiện mật khẩu", "Kết nối"),
                        highlight=3,
                    ),
                ),
            ],
        ),
        ("heading", "Bật 4G khi ra ngoài"),
        (
            "paragraph",
            "<p>Dùng một ngón tay <b>vuốt từ mép trên màn hình xuống</b> để mở bảng bật nhanh. "
            "Chạm vào nút <b>Dữ liệu di động</b> (hình hai mũi tên lên xuống) cho sáng màu là đã "
            "bật 4G. Chạm lần nữa để tắt khi không dùng, vừa tiết kiệm pin vừa tiết kiệm dung "
            "lượng.</p>",
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text="Wi-Fi công cộng không cần mật khẩu ở quán, bến xe thì ai cũng dùng được. "
                "Đừng mở ứng dụng ngân hàng hay dịch vụ công khi đang dùng loại Wi-Fi này; hãy "
                "chuyển sang 4G.",
            ),
        ),
        (
            "image",
            Illustration(
                theme="village",
                alt="Bản làng vùng cao với những ngôi nhà sàn và cột sóng điện thoại phía xa",
                caption="Sóng 4G đã đến với nhiều thôn, bản vùng cao.",
            ),
        ),
        (
            "check",
            Question(
                kind="true_false",
                prompt="Khi đang dùng Wi-Fi miễn phí ở quán nước, có thể yên tâm mở ứng dụng "
                "ngân hàng để chuyển tiền.",
                answer=False,
                explanation="Sai. Wi-Fi công cộng không có mật khẩu kém an toàn. Việc liên quan "
                "đến tiền bạc, giấy tờ nên làm bằng 4G hoặc Wi-Fi ở nhà.",
            ),
        ),
    ],
)

_LESSON_APPS = Lesson(
    slug="cai-ung-dung-an-toan",
    title="Cài ứng dụng an toàn từ CH Play và App Store",
    summary="Cách tìm và cài ứng dụng từ kho chính thức, cách nhận ra ứng dụng giả và những "
    "điều tuyệt đối không làm.",
    minutes=6,
    body=[
        (
            "paragraph",
            "<p><b>Ứng dụng</b> (còn gọi là app) là các công cụ cài thêm vào điện thoại, ví dụ "
            "Zalo, VNeID, ứng dụng ngân hàng. Máy Android (Samsung, Oppo, Xiaomi, Vivo…) tải "
            "ứng dụng từ kho <b>CH Play</b>, còn gọi là Google Play. iPhone tải từ kho "
            "<b>App Store</b>. Đây là hai nơi an toàn nhất để cài ứng dụng.</p>",
        ),
        ("heading", "Cài một ứng dụng từng bước"),
        (
            "steps",
            [
                Step(
                    title="Mở CH Play hoặc App Store",
                    text="CH Play có biểu tượng hình tam giác nhiều màu. App Store có biểu "
                    "tượng chữ A trên nền xanh.",
                    screen=Screen(
                        kind="android-home",
                        title="Màn hình chính",
                        lines=("Điện thoại", "Tin nhắn", "CH Play", "Cài đặt"),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Gõ tên ứng dụng vào ô tìm kiếm",
                    text="Gõ đúng tên, ví dụ “VNeID”, rồi chạm vào hình kính lúp.",
                    screen=Screen(
                        kind="store-list",
                        title="CH Play",
                        lines=("Tìm: VNeID", "VNeID", "Ứng dụng tương tự", "Được đề xuất"),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Kiểm tra kỹ trước khi cài",
                    text="Xem tên nhà phát triển có đúng là cơ quan, công ty làm ra ứng dụng "
                    "không. Ứng dụng thật thường có rất nhiều lượt tải và đánh giá.",
                    screen=Screen(
                        kind="store-document",
                        title="VNeID",
                        lines=("VNeID", "Nhà phát triển", "Lượt tải", "Đánh giá", "Cài đặt"),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Bấm Cài đặt rồi bấm Mở",
                    text="Trên App Store, nút này tên là “Nhận”. Tải xong, bấm “Mở”; biểu "
                    "tượng ứng dụng cũng hiện trên màn hình chính.",
                    screen=Screen(
                        kind="store-document",
                        title="VNeID",
                        lines=("VNeID", "Đã cài đặt", "Gỡ cài đặt", "Mở"),
                        highlight=3,
                    ),
                ),
            ],
        ),
        ("heading", "Những điều không được làm"),
        (
            "list",
            [
                "Không cài ứng dụng từ đường link gửi qua tin nhắn, Zalo, Facebook, dù người "
                "gửi xưng là công an, điện lực hay ngân hàng.",
                "Không cài tệp có đuôi “.apk” do người lạ gửi. Kẻ gian hay dùng cách này để "
                "chiếm quyền điều khiển điện thoại.",
                "Không bấm “Cho phép” khi một ứng dụng lạ đòi quyền “Trợ năng”, tức là quyền "
                "thay bạn bấm mọi nút trên máy.",
                "Không đưa máy cho người lạ “cài hộ”.",
            ],
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text="Cơ quan nhà nước và ngân hàng không gọi điện bắt bạn cài ứng dụng qua "
                "đường link. Ai yêu cầu như vậy thì hãy cúp máy và báo cho công an xã.",
            ),
        ),
        (
            "image",
            Illustration(
                theme="security",
                alt="Chiếc điện thoại có hình tấm khiên và ổ khóa bảo vệ",
                caption="Chỉ cài ứng dụng từ CH Play hoặc App Store.",
            ),
        ),
        (
            "check",
            Question(
                kind="multiple",
                prompt="Những nơi nào sau đây an toàn để tải ứng dụng? (Chọn tất cả ý đúng)",
                options=(
                    Option(
                        text="Kho CH Play trên máy Android",
                        is_correct=True,
                        feedback="Đúng. CH Play là kho ứng dụng chính thức của máy Android.",
                    ),
                    Option(
                        text="Kho App Store trên iPhone",
                        is_correct=True,
                        feedback="Đúng. App Store là kho ứng dụng chính thức của iPhone.",
                    ),
                    Option(
                        text="Đường link trong tin nhắn báo “sắp bị cắt điện”",
                        feedback="Sai. Đây là chiêu lừa quen thuộc để cài ứng dụng giả vào máy.",
                    ),
                    Option(
                        text="Tệp “.apk” người lạ gửi qua Zalo",
                        feedback="Sai. Tệp .apk không rõ nguồn gốc có thể chứa mã độc lấy cắp "
                        "tiền và thông tin.",
                    ),
                ),
                explanation="Chỉ CH Play và App Store là nguồn cài đặt chính thức.",
            ),
        ),
    ],
)

_LESSON_ZALO = Lesson(
    slug="goi-video-zalo",
    title="Gọi video cho người thân bằng Zalo",
    summary="Cách gọi video thấy mặt con cháu ở xa bằng Zalo, gọi cả nhóm gia đình và cẩn "
    "thận với cuộc gọi giả mạo.",
    minutes=5,
    body=[
        (
            "paragraph",
            "<p>Con cháu đi làm xa, đi học dưới xuôi? Với <b>Zalo</b>, bạn có thể gọi điện "
            "nhìn thấy mặt nhau, gọi là <b>gọi video</b>, mà không tốn tiền cước gọi điện "
            "thoại. Chỉ cần máy có Wi-Fi hoặc 4G. Zalo là ứng dụng của Việt Nam, đăng ký bằng "
            "chính số điện thoại của bạn.</p>",
        ),
        ("heading", "Chuẩn bị trước khi gọi"),
        (
            "list",
            [
                "Đã cài Zalo và đăng ký bằng số điện thoại của mình.",
                "Người thân đã có trong danh sách bạn bè trên Zalo.",
                "Máy đang có Wi-Fi hoặc 4G, pin còn đủ dùng.",
            ],
        ),
        ("heading", "Gọi video từng bước"),
        (
            "steps",
            [
                Step(
                    title="Mở Zalo",
                    text="Chạm vào biểu tượng Zalo màu xanh trên màn hình chính.",
                    screen=Screen(
                        kind="android-home",
                        title="Màn hình chính",
                        lines=("Điện thoại", "Tin nhắn", "Zalo", "Cài đặt"),
                        highlight=2,
                    ),
                ),
                Step(
                    title="Chọn người muốn gọi",
                    text="Chạm vào tên người thân trong danh sách tin nhắn, hoặc gõ tên vào ô "
                    "tìm kiếm trên cùng.",
                    screen=Screen(
                        kind="zalo-list",
                        title="Tin nhắn",
                        lines=("Tìm kiếm", "Con gái Lan", "Anh Tuấn", "Nhóm Gia đình"),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Chạm vào hình máy quay",
                    text="Góc trên bên phải khung trò chuyện có hình ống nghe (gọi thường) và "
                    "hình máy quay (gọi video). Chạm vào hình máy quay.",
                    screen=Screen(
                        kind="zalo-chat",
                        title="Con gái Lan",
                        lines=("Gọi thoại", "Gọi video", "Mẹ ơi tối con gọi nhé", "Nhập tin nhắn"),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Cho phép dùng máy ảnh và micro",
                    text="Lần đầu gọi, máy sẽ hỏi. Chọn “Cho phép” để người thân nhìn thấy và "
                    "nghe thấy bạn.",
                    screen=Screen(
                        kind="zalo-sheet",
                        title="Zalo",
                        lines=("Cho phép Zalo dùng máy ảnh?", "Cho phép", "Không cho phép"),
                        highlight=1,
                    ),
                ),
                Step(
                    title="Trò chuyện rồi bấm nút đỏ để kết thúc",
                    text="Cầm máy ngang tầm mắt, ngồi chỗ đủ sáng. Nói xong, bấm nút tròn màu "
                    "đỏ để kết thúc cuộc gọi.",
                    screen=Screen(
                        kind="zalo-meeting",
                        title="Đang gọi video",
                        lines=("Con gái Lan", "00:45", "Tắt tiếng", "Đổi máy ảnh", "Kết thúc"),
                        highlight=4,
                    ),
                ),
            ],
        ),
        (
            "tip",
            Tip(
                kind="tip",
                text="Muốn cả nhà cùng nói chuyện, hãy mở nhóm Zalo gia đình rồi chạm vào hình "
                "máy quay: mọi người trong nhóm sẽ được mời vào cuộc gọi.",
            ),
        ),
        (
            "tip",
            Tip(
                kind="warning",
                text="Kẻ gian có thể giả giọng, giả cả hình người thân trong cuộc gọi video ngắn "
                "để vay tiền gấp. Hãy cúp máy và gọi lại vào số quen của người thân để hỏi cho "
                "chắc.",
            ),
        ),
        (
            "image",
            Illustration(
                theme="phone",
                alt="Hai ông bà cùng nhìn vào màn hình điện thoại, trên đó là hình người cháu",
                caption="Gọi video giúp ông bà, cha mẹ gần gũi con cháu dù ở xa.",
            ),
        ),
        (
            "check",
            Question(
                kind="single",
                prompt="Trong khung trò chuyện Zalo, muốn gọi video thì chạm vào hình nào?",
                options=(
                    Option(
                        text="Hình máy quay",
                        is_correct=True,
                        feedback="Đúng. Hình máy quay dùng để gọi video, hai bên thấy mặt nhau.",
                    ),
                    Option(
                        text="Hình ống nghe",
                        feedback="Chưa đúng. Hình ống nghe là gọi thoại, chỉ nghe được tiếng.",
                    ),
                    Option(
                        text="Hình bức ảnh cạnh ô nhập tin nhắn",
                        feedback="Chưa đúng. Nút này dùng để gửi ảnh có sẵn trong máy.",
                    ),
                ),
                explanation="Hình máy quay ở góc trên bên phải là nút gọi video.",
            ),
        ),
    ],
)

_QUIZ = Quiz(
    slug="kiem-tra-dien-thoai",
    title="Bài kiểm tra: Làm quen với điện thoại thông minh",
    intro="Sáu câu hỏi ngắn về bật máy, kết nối mạng, cài ứng dụng và gọi video. Bạn cần trả "
    "lời đúng từ 70% trở lên để đạt, được làm lại không giới hạn số lần.",
    questions=(
        Question(
            kind="single",
            prompt="Điện thoại đang tắt. Muốn bật máy, bạn làm thế nào?",
            options=(
                Option(
                    text="Nhấn giữ nút nguồn khoảng 3 giây",
                    is_correct=True,
                    feedback="Đúng. Nhấn giữ nút nguồn đến khi màn hình sáng lên là máy bật.",
                ),
                Option(
                    text="Nhấn nhanh nút tăng âm lượng",
                    feedback="Chưa đúng. Nút âm lượng chỉ chỉnh to nhỏ tiếng, không bật được máy.",
                ),
                Option(
                    text="Cắm sạc rồi chờ máy tự bật",
                    feedback="Chưa đúng. Cắm sạc chỉ nạp pin; muốn bật máy vẫn phải nhấn giữ "
                    "nút nguồn.",
                ),
            ),
            explanation="Nút nguồn thường ở cạnh phải của máy: nhấn giữ để bật, nhấn nhẹ để "
            "tắt hoặc mở màn hình.",
        ),
        Question(
            kind="order",
            prompt="Sắp xếp các bước kết nối Wi-Fi ở nhà theo đúng thứ tự.",
            options=(
                Option(text="Mở ứng dụng Cài đặt"),
                Option(text="Chọn mục Wi-Fi và gạt nút sang bật"),
                Option(text="Chạm vào tên mạng Wi-Fi của nhà mình"),
                Option(text="Nhập mật khẩu và bấm Kết nối"),
            ),
            explanation="Mở Cài đặt, bật Wi-Fi, chọn đúng tên mạng, rồi nhập mật khẩu. Thấy chữ "
            "“Đã kết nối” là xong.",
        ),
        Question(
            kind="multiple",
            prompt="Trước khi cài một ứng dụng, dấu hiệu nào cho thấy ứng dụng đáng tin? "
            "(Chọn tất cả ý đúng)",
            options=(
                Option(
                    text="Ứng dụng nằm trong kho CH Play hoặc App Store",
                    is_correct=True,
                    feedback="Đúng. Đây là hai kho ứng dụng chính thức.",
                ),
                Option(
                    text="Tên nhà phát triển đúng là cơ quan, công ty làm ra ứng dụng",
                    is_correct=True,
                    feedback="Đúng. Ứng dụng giả thường mang tên nhà phát triển lạ.",
                ),
                Option(
                    text="Có rất nhiều lượt tải và đánh giá",
                    is_correct=True,
                    feedback="Đúng. Ứng dụng thật, được nhiều người dùng, thường có lượt tải "
                    "rất lớn.",
                ),
                Option(
                    text="Được gửi qua đường link kèm lời nhắn “cài ngay kẻo bị phạt”",
                    feedback="Sai. Lời giục giã kèm đường link là dấu hiệu lừa đảo rõ ràng.",
                ),
            ),
            explanation="Chỉ cài từ kho chính thức và luôn xem nhà phát triển, lượt tải trước "
            "khi bấm Cài đặt.",
        ),
        Question(
            kind="true_false",
            prompt="Gọi video qua Zalo khi máy đang dùng Wi-Fi ở nhà không tốn tiền cước gọi "
            "điện thoại.",
            answer=True,
            explanation="Đúng. Zalo gọi qua Internet. Nếu dùng 4G thì cuộc gọi trừ vào dung "
            "lượng gói cước, không tính như cuộc gọi thường.",
        ),
        Question(
            kind="single",
            prompt="Chữ trên điện thoại quá nhỏ, đọc rất mỏi mắt. Bạn nên làm gì?",
            options=(
                Option(
                    text="Vào Cài đặt, chọn Màn hình rồi chọn Cỡ chữ",
                    is_correct=True,
                    feedback="Đúng. Kéo thanh trượt cỡ chữ sang phải là chữ to lên.",
                ),
                Option(
                    text="Tăng độ sáng màn hình lên mức cao nhất",
                    feedback="Chưa đúng. Độ sáng chỉ làm màn hình sáng hơn, chữ vẫn nhỏ như cũ.",
                ),
                Option(
                    text="Phải mua điện thoại màn hình to hơn",
                    feedback="Không cần. Điện thoại nào cũng có chỗ chỉnh cỡ chữ trong Cài đặt.",
                ),
            ),
            explanation="Cỡ chữ nằm trong mục Màn hình của Cài đặt; trên iPhone là “Màn hình & "
            "Độ sáng”.",
        ),
        Question(
            kind="true_false",
            prompt="Có người xưng là cán bộ điện lực, bảo bạn cài ứng dụng qua đường link để "
            "khỏi bị cắt điện. Bạn nên làm theo cho nhanh.",
            answer=False,
            explanation="Sai. Đây là chiêu lừa đảo phổ biến. Hãy cúp máy, không bấm link, và hỏi "
            "lại điện lực qua số điện thoại in trên hóa đơn tiền điện.",
        ),
    ),
    pass_mark_percent=70,
    max_attempts=0,
)

COURSE = Course(
    slug="lam-quen-dien-thoai",
    title="Làm quen với điện thoại thông minh",
    summary="Những bước đầu tiên với điện thoại thông minh: bật máy, kết nối mạng, cài ứng "
    "dụng an toàn, gọi video cho người thân và chỉnh chữ to cho dễ đọc.",
    description="Khóa học dành cho bà con mới dùng điện thoại thông minh, người lớn tuổi và "
    "người lao động muốn tự tin hơn với chiếc điện thoại của mình. Học xong, bạn tự bật máy, "
    "tìm đúng ứng dụng, kết nối Wi-Fi hoặc 4G, cài ứng dụng từ kho chính thức mà không sợ "
    "ứng dụng giả, gọi video qua Zalo cho con cháu ở xa và phóng to chữ cho dễ đọc. Mỗi bài "
    "chỉ mất năm, sáu phút, có hình minh họa từng bước.",
    level=1,
    competences=("2.1", "4.1", "5.1"),
    target_groups=("adults", "workers"),
    image=Illustration(
        theme="phone",
        alt="Bàn tay cầm chiếc điện thoại thông minh đang mở màn hình chính",
        caption="Làm quen với điện thoại thông minh từ những thao tác đơn giản nhất.",
    ),
    modules=(
        Module(
            slug="thao-tac-dau-tien",
            title="Những thao tác đầu tiên",
            summary="Bật máy, nhận biết màn hình chính, phóng to chữ và kết nối Internet.",
            items=(_LESSON_START, _LESSON_INTERNET),
        ),
        Module(
            slug="ung-dung-va-lien-lac",
            title="Ứng dụng và liên lạc với người thân",
            summary="Cài ứng dụng an toàn từ kho chính thức và gọi video qua Zalo.",
            items=(_LESSON_APPS, _LESSON_ZALO, _QUIZ),
        ),
    ),
)
