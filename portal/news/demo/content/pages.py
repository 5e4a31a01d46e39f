"""Home page intro, target groups, section intros and static pages of the demo portal."""

from portal.news.demo.content.types import (
    Block,
    _h,
    _list,
    _p,
)

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
