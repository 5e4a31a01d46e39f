"""Chủ trương, chính sách (1/2): the first four articles of the policies section."""

from datetime import date

from portal.news.demo.content.types import (
    TAG_COMMUNITY_TEAM,
    TAG_COMPETENCE,
    TAG_DOCS,
    TAG_SKILLS,
    TAG_STUDENTS,
    DemoArticle,
    _h,
    _list,
    _p,
    _quote,
)

ARTICLES: list[DemoArticle] = [
    DemoArticle(
        section="policies",
        slug="nghi-quyet-57-nq-tw-nen-tang-cua-phong-trao",
        title="Nghị quyết 57-NQ/TW: nền tảng của phong trào “Bình dân học vụ số”",
        summary=(
            "Nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng "
            "tạo và chuyển đổi số quốc gia đặt người dân vào trung tâm; phổ cập kỹ năng số cho mọi "
            "người là bước đi đầu tiên."
        ),
        body=[
            _p(
                "Ngày 22/12/2024, Bộ Chính trị ban hành <b>Nghị quyết số 57-NQ/TW</b> về đột phá "
                "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Nghị "
                "quyết xác định đây là đột phá quan trọng hàng đầu, là động lực chính để phát "
                "triển nhanh lực lượng sản xuất hiện đại và đổi mới phương thức quản trị quốc gia "
                "trong giai đoạn tới."
            ),
            _h("Vì sao mỗi người dân cần quan tâm?"),
            _p(
                "Chuyển đổi số không chỉ là việc của cơ quan nhà nước hay doanh nghiệp lớn. Khi "
                "thủ tục hành chính được làm trên điện thoại, khi tiền bán nông sản được chuyển "
                "qua tài khoản, khi con em học bài trên mạng, thì người dân nào biết dùng công "
                "nghệ sẽ đỡ tốn thời gian, tiền bạc và ít bị thiệt thòi. Nghị quyết coi người dân "
                "và doanh nghiệp là trung tâm của quá trình này; vì vậy, trang bị kiến thức số, kỹ "
                "năng số cho toàn dân là việc phải làm trước."
            ),
            _p(
                "Tiếp nối tinh thần đó, phong trào <b>“Bình dân học vụ số”</b> được phát động trên "
                "cả nước. Tên gọi gợi nhớ phong trào Bình dân học vụ xóa nạn mù chữ do Chủ tịch Hồ "
                "Chí Minh khởi xướng từ năm 1945: ngày ấy, người biết chữ dạy người chưa biết chữ; "
                "hôm nay, người biết dùng công nghệ giúp người chưa biết."
            ),
            _h("Tỉnh Yên Bái cụ thể hóa như thế nào?"),
            _list(
                "Cán bộ, công chức thành thạo xử lý văn bản, ký số và giải quyết hồ sơ trên môi "
                "trường mạng.",
                (
                    "Người dân biết dùng tài khoản định danh điện tử, nộp hồ sơ trực tuyến, thanh "
                    "toán không dùng tiền mặt."
                ),
                (
                    "Học sinh, sinh viên học tập và giao tiếp an toàn, có trách nhiệm trên không "
                    "gian mạng."
                ),
                (
                    "Hợp tác xã, doanh nghiệp đưa sản phẩm chè, quế, măng, gạo đặc sản lên sàn "
                    "thương mại điện tử."
                ),
            ),
            _quote(
                "Nghị quyết 57 rất lớn, nhưng với bà con vùng cao, việc bắt đầu lại rất nhỏ: một "
                "chiếc điện thoại được cài đúng ứng dụng, một người con trong nhà biết hướng dẫn "
                "bố mẹ. Chúng tôi sẽ đi từ những việc nhỏ ấy.",
                (
                    "Bà Hoàng Thị Thu Hà, Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ "
                    "tỉnh Yên Bái"
                ),
            ),
            _p(
                "Trong quý II/2025, Ủy ban nhân dân tỉnh sẽ ban hành kế hoạch triển khai phong "
                "trào với chỉ tiêu cụ thể cho từng nhóm đối tượng. Bạn đọc có thể theo dõi các văn "
                "bản tiếp theo trong chuyên mục <b>Chủ trương, chính sách</b> của Cổng thông tin."
            ),
        ],
        published_on=date(2025, 4, 3),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_DOCS, TAG_SKILLS],
        image_theme="meeting",
        image_alt=(
            "Minh hoạ: hội nghị quán triệt nghị quyết, đại biểu theo dõi màn hình trình chiếu"
        ),
        document_number="57-NQ/TW",
        document_type="Nghị quyết",
        issuing_body="Bộ Chính trị",
        issued_on=date(2024, 12, 22),
        document_text=[
            (
                "BAN CHẤP HÀNH TRUNG ƯƠNG — BỘ CHÍNH TRỊ. Số 57-NQ/TW. Hà Nội, ngày 22 tháng 12 "
                "năm 2024. NGHỊ QUYẾT về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo "
                "và chuyển đổi số quốc gia. (Bản tóm tắt nội dung chính phục vụ tuyên truyền; toàn "
                "văn được đăng trên các trang thông tin chính thống của Đảng và Nhà nước.)"
            ),
            (
                "Quan điểm chỉ đạo: phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
                "số là đột phá quan trọng hàng đầu, là động lực chính để phát triển nhanh lực "
                "lượng sản xuất hiện đại, hoàn thiện quan hệ sản xuất, đổi mới phương thức quản "
                "trị quốc gia, phát triển kinh tế - xã hội. Người dân và doanh nghiệp là trung "
                "tâm, là chủ thể của quá trình này."
            ),
            (
                "Mục tiêu đến năm 2030 gồm nhiều chỉ tiêu lớn, trong đó quy mô kinh tế số đạt tối "
                "thiểu 30% GDP và tỷ lệ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến "
                "đạt trên 80%. Tầm nhìn đến năm 2045, khoa học, công nghệ, đổi mới sáng tạo và "
                "chuyển đổi số phát triển vững chắc, góp phần đưa Việt Nam trở thành nước phát "
                "triển, thu nhập cao."
            ),
            (
                "Nhiệm vụ, giải pháp chủ yếu: nâng cao nhận thức, đột phá về đổi mới tư duy, quyết "
                "tâm chính trị; hoàn thiện thể chế; tăng cường đầu tư, hoàn thiện hạ tầng; phát "
                "triển nguồn nhân lực chất lượng cao; đẩy mạnh chuyển đổi số trong hoạt động của "
                "cơ quan thuộc hệ thống chính trị; thúc đẩy hoạt động khoa học, công nghệ, đổi mới "
                "sáng tạo và chuyển đổi số trong doanh nghiệp; tăng cường hợp tác quốc tế."
            ),
            (
                "Tổ chức thực hiện: thành lập Ban Chỉ đạo Trung ương về phát triển khoa học, công "
                "nghệ, đổi mới sáng tạo và chuyển đổi số do Tổng Bí thư làm Trưởng ban; các cấp "
                "ủy, tổ chức đảng quán triệt, xây dựng chương trình hành động và phân công rõ "
                "người, rõ việc, rõ thời gian, rõ kết quả."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="ke-hoach-01-kh-bcdtw-trien-khai-phong-trao",
        title="Kế hoạch 01-KH/BCĐTW: phổ cập kỹ năng số cho toàn dân",
        summary=(
            "Ban Chỉ đạo Trung ương ban hành kế hoạch triển khai phong trào “Bình dân học vụ số”, "
            "yêu cầu mọi cấp, mọi ngành vào cuộc để không ai bị bỏ lại phía sau trong chuyển đổi "
            "số."
        ),
        body=[
            _p(
                "Ngày 21/03/2025, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi "
                "mới sáng tạo và chuyển đổi số ban hành <b>Kế hoạch số 01-KH/BCĐTW</b> triển khai "
                "phong trào “Bình dân học vụ số”. Đây là văn bản gốc để các bộ, ngành, địa phương "
                "xây dựng kế hoạch của mình."
            ),
            _h("Phong trào hướng tới ai?"),
            _p(
                "Kế hoạch hướng tới toàn dân, nhưng tập trung vào bốn nhóm: cán bộ, công chức, "
                "viên chức và người lao động trong cơ quan nhà nước; học sinh, sinh viên; người "
                "dân trong độ tuổi trưởng thành; người lao động trong doanh nghiệp, hợp tác xã. "
                "Mỗi nhóm có nhu cầu khác nhau nên nội dung học cũng khác nhau: người dân cần biết "
                "làm thủ tục trực tuyến và tránh bị lừa đảo, còn cán bộ cần thành thạo xử lý công "
                "việc trên môi trường số."
            ),
            _h("Học ở đâu, học như thế nào?"),
            _list(
                "Học trực tuyến miễn phí trên nền tảng “Bình dân học vụ số” tại "
                "binhdanhocvuso.gov.vn, học lúc nào cũng được, trên điện thoại hay máy tính.",
                (
                    "Học trực tiếp tại nhà văn hóa thôn, trường học, trụ sở xã với sự hướng dẫn "
                    "của tổ công nghệ số cộng đồng, đoàn viên thanh niên, giáo viên."
                ),
                (
                    "Học lẫn nhau trong gia đình: con cháu hướng dẫn ông bà, cha mẹ; người đi "
                    "trước giúp người đi sau."
                ),
            ),
            _p(
                "Kế hoạch đề cao vai trò của cả hệ thống chính trị: cấp ủy, chính quyền chỉ đạo; "
                "Mặt trận Tổ quốc và các đoàn thể vận động hội viên; cơ quan báo chí tuyên truyền "
                "gương tốt, cách làm hay. Kết quả học tập được đánh giá theo khung kiến thức, kỹ "
                "năng số cơ bản do Bộ Khoa học và Công nghệ ban hành."
            ),
            _quote(
                "Ngày xưa ông cha ta đi học chữ buổi tối bên ngọn đèn dầu. Bây giờ mình học cách "
                "dùng điện thoại cho đúng, cho an toàn. Tinh thần vẫn vậy: ai biết thì dạy, ai "
                "chưa biết thì học.",
                (
                    "Ông Lê Văn Thành, cựu giáo viên, thành viên tổ công nghệ số cộng đồng ở Thành "
                    "phố Yên Bái"
                ),
            ),
            _p(
                "Căn cứ kế hoạch này, Ủy ban nhân dân tỉnh Yên Bái đang giao Sở Khoa học và Công "
                "nghệ chủ trì xây dựng kế hoạch của tỉnh, dự kiến ban hành trong tháng 4/2025 và "
                "tổ chức lễ phát động ngay sau đó."
            ),
        ],
        published_on=date(2025, 3, 27),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_DOCS, TAG_SKILLS, TAG_COMMUNITY_TEAM],
        image_theme="meeting",
        image_alt="Minh hoạ: văn bản kế hoạch đặt trên bàn họp, bên cạnh là máy tính bảng",
        document_number="01-KH/BCĐTW",
        document_type="Kế hoạch",
        issuing_body=(
            "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
            "đổi số"
        ),
        issued_on=date(2025, 3, 21),
        document_text=[
            (
                "BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ "
                "CHUYỂN ĐỔI SỐ. Số 01-KH/BCĐTW. Hà Nội, ngày 21 tháng 3 năm 2025. KẾ HOẠCH triển "
                "khai phong trào “Bình dân học vụ số”. (Bản tóm tắt nội dung chính phục vụ tuyên "
                "truyền.)"
            ),
            (
                "Mục đích: phổ cập kiến thức số, kỹ năng số cơ bản cho toàn dân, góp phần thực "
                "hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị; tạo phong trào học tập rộng khắp để "
                "mọi người dân đều có thể tiếp cận, sử dụng dịch vụ số một cách an toàn, hiệu quả; "
                "không để ai bị bỏ lại phía sau."
            ),
            (
                "Đối tượng: cán bộ, công chức, viên chức, người lao động trong cơ quan của hệ "
                "thống chính trị; học sinh, sinh viên; người dân; người lao động trong doanh "
                "nghiệp, hợp tác xã."
            ),
            (
                "Nhiệm vụ chủ yếu: tuyên truyền, nâng cao nhận thức; xây dựng nội dung học tập và "
                "nền tảng học trực tuyến mở đại trà; tổ chức các hình thức học tập trực tiếp và "
                "trực tuyến phù hợp với từng nhóm đối tượng, từng địa bàn; huy động lực lượng hỗ "
                "trợ tại cơ sở; đánh giá, công nhận kết quả học tập."
            ),
            (
                "Tổ chức thực hiện: các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các "
                "đoàn thể xây dựng kế hoạch cụ thể, phân công trách nhiệm rõ ràng, định kỳ sơ kết, "
                "báo cáo kết quả về Ban Chỉ đạo Trung ương."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="thong-tu-02-2025-khung-nang-luc-so-nguoi-hoc",
        title="Thông tư 02/2025/TT-BGDĐT: khung năng lực số cho người học",
        summary=(
            "Từ ngày 11/03/2025, khung năng lực số của Bộ Giáo dục và Đào tạo có hiệu lực, làm căn "
            "cứ để nhà trường dạy và đánh giá kỹ năng số của học sinh, sinh viên."
        ),
        body=[
            _p(
                "Bộ Giáo dục và Đào tạo đã ban hành <b>Thông tư số 02/2025/TT-BGDĐT</b> quy định "
                "khung năng lực số dành cho người học, có hiệu lực từ ngày 11/03/2025. Lần đầu "
                "tiên, “năng lực số” của học sinh, sinh viên được mô tả thành từng phần cụ thể, có "
                "cấp độ rõ ràng để thầy cô dạy và đánh giá."
            ),
            _h("Sáu miền năng lực"),
            _list(
                "Khai thác dữ liệu và thông tin: biết tìm kiếm, đánh giá, sắp xếp thông tin trên "
                "mạng.",
                (
                    "Giao tiếp và hợp tác trong môi trường số: ứng xử đúng mực, chia sẻ có trách "
                    "nhiệm, quản lý danh tính số."
                ),
                (
                    "Sáng tạo nội dung số: làm bài trình chiếu, video, tôn trọng bản quyền, làm "
                    "quen với lập trình."
                ),
                "An toàn: bảo vệ thiết bị, dữ liệu cá nhân, sức khỏe và môi trường.",
                (
                    "Giải quyết vấn đề: tự xử lý sự cố kỹ thuật đơn giản, chọn đúng công cụ cho "
                    "đúng việc."
                ),
                (
                    "Ứng dụng trí tuệ nhân tạo: hiểu, sử dụng và biết đánh giá kết quả do trí tuệ "
                    "nhân tạo tạo ra."
                ),
            ),
            _p(
                "Sáu miền này gồm 24 năng lực thành phần, được chia thành bốn cấp độ (cơ bản, "
                "trung cấp, nâng cao, chuyên sâu) với tám bậc. Học sinh tiểu học hướng tới bậc cơ "
                "bản, học sinh trung học cơ sở hướng tới bậc trung cấp, học sinh trung học phổ "
                "thông hướng tới bậc nâng cao."
            ),
            _h("Nhà trường ở Yên Bái chuẩn bị gì?"),
            _p(
                "Sở Giáo dục và Đào tạo đã hướng dẫn các trường lồng ghép nội dung năng lực số vào "
                "môn Tin học, hoạt động trải nghiệm và sinh hoạt dưới cờ ngay từ học kỳ II năm học "
                "2024–2025. Các trường phổ thông dân tộc bán trú, nội trú được ưu tiên bổ sung máy "
                "tính và tập huấn giáo viên trong dịp hè."
            ),
            _quote(
                "Các em ở bản đã biết dùng điện thoại từ sớm, nhưng biết dùng an toàn thì chưa. "
                "Khung năng lực giúp thầy cô biết phải dạy gì trước, dạy gì sau.",
                "Thầy Lò Văn Thắng, giáo viên Tin học một trường bán trú ở huyện Văn Chấn",
            ),
            _p(
                "Phụ huynh có thể cùng con tìm hiểu khung năng lực: hỏi con đã biết đặt mật khẩu "
                "mạnh chưa, có biết kiểm tra một tin tức trước khi chia sẻ không. Đó là những bài "
                "học nhỏ nhưng theo các em suốt đời."
            ),
        ],
        published_on=date(2025, 3, 14),
        author_unit="Sở Giáo dục và Đào tạo",
        tags=[TAG_DOCS, TAG_COMPETENCE, TAG_STUDENTS],
        image_theme="school",
        image_alt="Minh hoạ: học sinh trung học thực hành trên máy tính trong phòng tin học",
        document_number="02/2025/TT-BGDĐT",
        document_type="Thông tư",
        issuing_body="Bộ Giáo dục và Đào tạo",
        issued_on=date(2025, 1, 24),
        document_text=[
            (
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO. Số 02/2025/TT-BGDĐT. Hà Nội, ngày 24 tháng 01 năm 2025. "
                "THÔNG TƯ quy định Khung năng lực số cho người học. (Bản tóm tắt nội dung chính "
                "phục vụ tuyên truyền.)"
            ),
            (
                "Phạm vi điều chỉnh và đối tượng áp dụng: Thông tư quy định khung năng lực số cho "
                "người học, áp dụng đối với các cơ sở giáo dục và người học trong hệ thống giáo "
                "dục quốc dân. Thông tư có hiệu lực từ ngày 11 tháng 3 năm 2025."
            ),
            (
                "Cấu trúc khung: gồm 6 miền năng lực (khai thác dữ liệu và thông tin; giao tiếp và "
                "hợp tác trong môi trường số; sáng tạo nội dung số; an toàn; giải quyết vấn đề; "
                "ứng dụng trí tuệ nhân tạo) với 24 năng lực thành phần."
            ),
            (
                "Mức độ: khung có 4 cấp độ là cơ bản, trung cấp, nâng cao và chuyên sâu; mỗi cấp "
                "độ gồm 2 bậc, tổng cộng 8 bậc, mô tả yêu cầu cần đạt tăng dần theo cấp học."
            ),
            (
                "Tổ chức thực hiện: các cơ sở giáo dục căn cứ khung năng lực số để xây dựng kế "
                "hoạch giáo dục, lựa chọn nội dung, phương pháp dạy học và đánh giá năng lực số "
                "của người học phù hợp với điều kiện thực tế."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="ke-hoach-ubnd-tinh-yen-bai-binh-dan-hoc-vu-so-2025",
        title="Yên Bái ban hành kế hoạch triển khai phong trào “Bình dân học vụ số”",
        summary=(
            "Kế hoạch của Ủy ban nhân dân tỉnh Yên Bái đặt chỉ tiêu năm 2025 cho bốn nhóm đối "
            "tượng và phấn đấu đến hết năm 2026 đạt 100%; mỗi thôn, tổ dân phố đều có người hướng "
            "dẫn kỹ năng số."
        ),
        body=[
            _p(
                "Ủy ban nhân dân tỉnh Yên Bái vừa ban hành <b>Kế hoạch số 86/KH-UBND</b> ngày "
                "10/04/2025 triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh. Kế hoạch "
                "cụ thể hóa Kế hoạch số 01-KH/BCĐTW của Ban Chỉ đạo Trung ương, phù hợp với đặc "
                "điểm một tỉnh miền núi có 30 dân tộc cùng sinh sống."
            ),
            _h("Chỉ tiêu năm 2025"),
            _list(
                "80% cán bộ, công chức, viên chức, người lao động trong cơ quan nhà nước có kỹ "
                "năng số cơ bản.",
                (
                    "100% học sinh trung học phổ thông, sinh viên được trang bị kỹ năng để học "
                    "tập, tương tác an toàn trên môi trường số."
                ),
                "80% người dân trưởng thành biết sử dụng các dịch vụ số thiết yếu.",
                (
                    "80% người lao động trong doanh nghiệp, hợp tác xã biết ứng dụng công nghệ vào "
                    "công việc."
                ),
            ),
            _p(
                "Đến hết năm 2026, tỉnh phấn đấu <b>100%</b> người trong cả bốn nhóm đạt yêu cầu. "
                "Với khoảng 847 nghìn dân, trong đó hơn 230 nghìn học sinh, sinh viên, đây là khối "
                "lượng công việc rất lớn, đòi hỏi sự vào cuộc của từng thôn, từng gia đình."
            ),
            _h("Những việc làm ngay"),
            _list(
                "Kiện toàn tổ công nghệ số cộng đồng ở tất cả thôn, bản, tổ dân phố; bổ sung đoàn "
                "viên thanh niên, giáo viên, người có uy tín.",
                (
                    "Mỗi huyện, thị xã, thành phố tổ chức ít nhất một lớp tập huấn cho cán bộ cấp "
                    "xã trước tháng 6/2025."
                ),
                (
                    "Biên soạn tài liệu hướng dẫn bằng hình ảnh, có bản tiếng Mông và tiếng Dao "
                    "cho các xã vùng cao."
                ),
                "Mỗi tháng báo cáo năm chỉ tiêu về Sở Khoa học và Công nghệ để tổng hợp.",
            ),
            _quote(
                "Chỉ tiêu đặt ra là để phấn đấu, nhưng điều chúng tôi mong nhất là người dân thấy "
                "việc học có ích: đỡ một lần đi lại lên huyện, đỡ một lần bị kẻ gian lừa.",
                (
                    "Bà Hoàng Thị Thu Hà, Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ "
                    "tỉnh Yên Bái"
                ),
            ),
            _p(
                "Lễ phát động phong trào cấp tỉnh sẽ được tổ chức trong tháng 4/2025, kết nối trực "
                "tuyến tới các huyện, thị xã, thành phố và các xã, phường, thị trấn."
            ),
        ],
        published_on=date(2025, 4, 14),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_DOCS, TAG_SKILLS, TAG_COMMUNITY_TEAM],
        image_theme="meeting",
        image_alt="Minh hoạ: cuộc họp triển khai kế hoạch tại hội trường cơ quan tỉnh",
        document_number="86/KH-UBND",
        document_type="Kế hoạch",
        issuing_body="Ủy ban nhân dân tỉnh Yên Bái",
        issued_on=date(2025, 4, 10),
        document_text=[
            (
                "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI. Số 86/KH-UBND. Yên Bái, ngày 10 tháng 4 năm 2025. "
                "KẾ HOẠCH triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh Yên Bái. "
                "(Văn bản minh hoạ cho Cổng thông tin thử nghiệm.)"
            ),
            (
                "I. Mục đích, yêu cầu: triển khai đồng bộ, hiệu quả Kế hoạch số 01-KH/BCĐTW ngày "
                "21/3/2025 của Ban Chỉ đạo Trung ương; phổ cập kiến thức số, kỹ năng số cơ bản cho "
                "cán bộ, công chức, viên chức, học sinh, sinh viên, người dân và người lao động; "
                "chú trọng vùng đồng bào dân tộc thiểu số, người cao tuổi, người khuyết tật."
            ),
            (
                "II. Chỉ tiêu: năm 2025, 80% cán bộ, công chức, viên chức, người lao động trong cơ "
                "quan nhà nước có kỹ năng số cơ bản; 100% học sinh trung học phổ thông, sinh viên "
                "được trang bị kỹ năng học tập, tương tác an toàn trên môi trường số; 80% người "
                "trưởng thành sử dụng được các dịch vụ số thiết yếu; 80% người lao động trong "
                "doanh nghiệp, hợp tác xã ứng dụng được công nghệ trong công việc. Đến hết năm "
                "2026, các chỉ tiêu trên đạt 100%."
            ),
            (
                "III. Nhiệm vụ: (1) tuyên truyền, phát động phong trào; (2) kiện toàn, nâng cao "
                "năng lực tổ công nghệ số cộng đồng; (3) tổ chức học tập trực tiếp và trực tuyến "
                "trên nền tảng “Bình dân học vụ số”; (4) biên soạn tài liệu phù hợp đồng bào dân "
                "tộc thiểu số; (5) đánh giá, xác nhận kết quả theo khung của Bộ Khoa học và Công "
                "nghệ."
            ),
            (
                "IV. Tổ chức thực hiện: Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, "
                "tổng hợp; Sở Giáo dục và Đào tạo chủ trì nhóm học sinh, sinh viên; Sở Nội vụ chủ "
                "trì nhóm cán bộ, công chức, viên chức; Liên minh Hợp tác xã tỉnh và các hiệp hội "
                "phối hợp với nhóm người lao động; Công an tỉnh hướng dẫn tài khoản định danh điện "
                "tử; Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo cấp xã tổ chức thực "
                "hiện, báo cáo định kỳ hằng tháng."
            ),
        ],
    ),
]
