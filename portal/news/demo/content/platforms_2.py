"""Nền tảng số (2/2): directory entries of real public platforms, second half."""

from datetime import date

from portal.news.demo.content.types import (
    _HOWTO,
    _SAFETY,
    _WHO,
    TAG_COMPETENCE,
    TAG_DOCS,
    TAG_ECOMMERCE,
    TAG_PUBLIC_SERVICES,
    TAG_SCAM,
    TAG_SKILLS,
    TAG_VNEID,
    TAG_WORKERS,
    DemoArticle,
    _h,
    _p,
    _steps,
)

ARTICLES: list[DemoArticle] = [
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
