"""Hoạt động triển khai: articles of the activities section."""

from datetime import date

from portal.news.demo.content.types import (
    TAG_COMMUNITY_TEAM,
    TAG_COMPETENCE,
    TAG_ECOMMERCE,
    TAG_ETHNIC,
    TAG_OFFICIALS,
    TAG_PUBLIC_SERVICES,
    TAG_SCAM,
    TAG_SKILLS,
    TAG_STUDENTS,
    TAG_VNEID,
    TAG_WORKERS,
    DemoArticle,
    _h,
    _list,
    _p,
    _quote,
)

ARTICLES: list[DemoArticle] = [
    DemoArticle(
        section="activities",
        slug="yen-bai-phat-dong-phong-trao-binh-dan-hoc-vu-so",
        title="Yên Bái phát động phong trào “Bình dân học vụ số”",
        summary=(
            "Lễ phát động cấp tỉnh được kết nối trực tuyến tới 9 huyện, thị xã, thành phố và 168 "
            "xã, phường, thị trấn; hơn 1.600 tổ công nghệ số cộng đồng cam kết đến từng nhà hướng "
            "dẫn người dân."
        ),
        body=[
            _p(
                "Sáng 18/04/2025, Ủy ban nhân dân tỉnh Yên Bái tổ chức lễ phát động phong trào "
                "“Bình dân học vụ số” tại Hội trường Trung tâm Hội nghị tỉnh. Lễ phát động được "
                "kết nối trực tuyến tới 9 điểm cầu huyện, thị xã, thành phố và 168 điểm cầu xã, "
                "phường, thị trấn, với tổng cộng gần 9.000 người tham dự."
            ),
            _p(
                "Tại điểm cầu tỉnh có khoảng 450 đại biểu gồm lãnh đạo các sở, ngành, đại diện Mặt "
                "trận Tổ quốc, các đoàn thể, nhà trường, doanh nghiệp, hợp tác xã cùng nhiều đoàn "
                "viên thanh niên và người có uy tín ở các thôn, bản."
            ),
            _h("Cam kết từ thôn, bản"),
            _p(
                "Hơn <b>1.600 tổ công nghệ số cộng đồng</b> với trên 8.000 thành viên trong toàn "
                "tỉnh đã ký cam kết hưởng ứng. Mỗi tổ nhận nhiệm vụ lập danh sách hộ gia đình cần "
                "hỗ trợ, ưu tiên người cao tuổi, người khuyết tật, hộ nghèo và đồng bào ở các bản "
                "xa trung tâm. Mục tiêu trước mắt là trong năm 2025, mỗi hộ có ít nhất một người "
                "biết dùng tài khoản định danh điện tử và nộp được một hồ sơ trực tuyến."
            ),
            _list(
                "Ra mắt chuyên trang tin tức về phong trào trên Cổng thông tin của tỉnh.",
                (
                    "Trao 120 điện thoại thông minh do doanh nghiệp viễn thông tài trợ cho học "
                    "sinh và hộ nghèo."
                ),
                (
                    "Khai trương gian hướng dẫn trực tiếp: cài ứng dụng VNeID, nhận diện tin nhắn "
                    "lừa đảo, thanh toán bằng mã QR."
                ),
            ),
            _quote(
                "Tôi năm nay 67 tuổi, trước chỉ biết nghe gọi. Hôm nay các cháu đoàn viên cài cho "
                "tôi ứng dụng, chỉ cách xem thẻ bảo hiểm y tế ngay trên điện thoại. Về nhà tôi sẽ "
                "bảo cả xóm đi học.",
                "Bà Nguyễn Thị Lý, tổ dân phố ở phường Nguyễn Thái Học, thành phố Yên Bái",
            ),
            _h("Việc tiếp theo"),
            _p(
                "Từ nay đến hết tháng 6/2025, các huyện, thị xã, thành phố tổ chức tập huấn cho "
                "cán bộ cấp xã; các trường học triển khai nội dung năng lực số trong hoạt động hè; "
                "tổ công nghệ số cộng đồng bắt đầu đợt hướng dẫn tại nhà đầu tiên. Kết quả sẽ được "
                "cập nhật hằng tháng trên Cổng thông tin."
            ),
        ],
        published_on=date(2025, 4, 18),
        author_unit="Báo Yên Bái",
        tags=[TAG_SKILLS, TAG_COMMUNITY_TEAM],
        image_theme="meeting",
        image_alt="Minh hoạ: đại biểu bấm nút phát động phong trào trên sân khấu hội trường",
        unit_codes=["15", "132"],
    ),
    DemoArticle(
        section="activities",
        slug="che-cu-nha-to-cong-nghe-so-den-tung-nha",
        title="Chế Cu Nha: tổ công nghệ số cộng đồng đến từng nhà đồng bào Mông",
        summary=(
            "Trong ba tuần, tổ công nghệ số cộng đồng xã Chế Cu Nha (Mù Cang Chải) đã đến 412 hộ, "
            "giúp 635 người kích hoạt tài khoản định danh điện tử và hướng dẫn bằng cả tiếng Mông "
            "lẫn tiếng phổ thông."
        ),
        body=[
            _p(
                "Chế Cu Nha là xã vùng cao của huyện Mù Cang Chải, gần như toàn bộ người dân là "
                "đồng bào Mông. Nhiều gia đình đã có điện thoại thông minh nhưng chủ yếu dùng để "
                "nghe gọi, xem video; số người tự đăng nhập được ứng dụng VNeID còn rất ít."
            ),
            _p(
                "Từ ngày 28/04 đến 18/05/2025, tổ công nghệ số cộng đồng của xã gồm 18 thành viên "
                "là công an viên, đoàn viên thanh niên và giáo viên người Mông đã chia thành sáu "
                "nhóm, đi đến từng bản. Buổi tối, khi bà con đi nương về, các nhóm ngồi ngay bên "
                "bếp lửa để hướng dẫn."
            ),
            _h("Kết quả sau ba tuần"),
            _list(
                "Đến 412 hộ gia đình, trong đó có 96 hộ ở các bản xa phải đi bộ hơn một giờ.",
                "Giúp 635 người kích hoạt và đăng nhập được tài khoản định danh điện tử mức độ 2.",
                (
                    "Hướng dẫn 280 người xem thẻ bảo hiểm y tế trên ứng dụng và 74 người nộp thông "
                    "báo lưu trú trực tuyến."
                ),
                "Phát 500 tờ hướng dẫn bằng hình ảnh, có chú thích tiếng Mông.",
            ),
            _p(
                "Khó khăn lớn nhất là nhiều người không nhớ mật khẩu, hoặc dùng sim của con cháu "
                "đang đi làm ăn xa. Tổ đã hướng dẫn bà con ghi mật khẩu vào sổ và cất kỹ, tuyệt "
                "đối không đưa cho người lạ; những trường hợp sim không chính chủ được hẹn ra Công "
                "an xã để làm thủ tục."
            ),
            _quote(
                "Mình nói tiếng Mông thì bà con hiểu nhanh hơn, không ngại hỏi. Có cụ học ba buổi "
                "mới nhớ, nhưng lần thứ tư cụ tự mở được ứng dụng, cười vui lắm.",
                "Anh Giàng A Sình, Bí thư Đoàn xã Chế Cu Nha",
            ),
            _p(
                "Trong tháng 6/2025, tổ sẽ quay lại các hộ đã được hướng dẫn để kiểm tra, đồng "
                "thời mở lớp buổi tối tại nhà văn hóa bản về nhận biết cuộc gọi lừa đảo và nhận "
                "tiền hỗ trợ qua tài khoản."
            ),
        ],
        published_on=date(2025, 5, 22),
        author_unit="Báo Yên Bái",
        tags=[TAG_COMMUNITY_TEAM, TAG_ETHNIC, TAG_VNEID],
        image_theme="village",
        image_alt="Minh hoạ: thanh niên hướng dẫn gia đình người Mông dùng điện thoại bên bếp lửa",
        unit_codes=["04471"],
    ),
    DemoArticle(
        section="activities",
        slug="luc-yen-tap-huan-ky-nang-so-can-bo-cap-xa",
        title="Lục Yên tập huấn kỹ năng số cho 312 cán bộ cấp xã",
        summary=(
            "Bốn lớp tập huấn tại thị trấn Yên Thế giúp cán bộ 24 xã, thị trấn của huyện Lục Yên "
            "thành thạo ký số, xử lý hồ sơ trực tuyến, sẵn sàng cho việc vận hành chính quyền hai "
            "cấp."
        ),
        body=[
            _p(
                "Từ ngày 03 đến 10/06/2025, Ủy ban nhân dân huyện Lục Yên phối hợp với Sở Khoa học "
                "và Công nghệ tổ chức bốn lớp tập huấn kỹ năng số cho cán bộ, công chức cấp xã tại "
                "Trung tâm Chính trị huyện ở thị trấn Yên Thế. Có <b>312 học viên</b> của 24 xã, "
                "thị trấn tham gia, mỗi lớp học hai ngày."
            ),
            _h("Học gì?"),
            _list(
                "Sử dụng chữ ký số cá nhân, ký và phát hành văn bản điện tử.",
                (
                    "Tiếp nhận, xử lý hồ sơ trên hệ thống giải quyết thủ tục hành chính của tỉnh; "
                    "trả kết quả điện tử."
                ),
                "Khai thác dữ liệu dân cư để không yêu cầu người dân nộp lại giấy tờ đã có.",
                "Bảo đảm an toàn thông tin: mật khẩu, thư điện tử giả mạo, sao lưu dữ liệu.",
                "Kỹ năng hướng dẫn người dân lần đầu làm dịch vụ công trực tuyến.",
            ),
            _p(
                "Điểm mới của đợt tập huấn là mỗi học viên phải tự làm trọn vẹn một hồ sơ mẫu, từ "
                "lúc người dân nộp đến lúc trả kết quả, thay vì chỉ nghe giảng. Cuối khóa, 296 học "
                "viên (đạt 94,9%) hoàn thành bài đánh giá theo khung kỹ năng số cơ bản của Bộ Khoa "
                "học và Công nghệ; 16 người chưa đạt sẽ được kèm cặp thêm tại cơ quan."
            ),
            _quote(
                "Trước đây hồ sơ đến là tôi in ra giấy rồi mới xử lý. Học xong mới thấy làm trên "
                "máy nhanh hơn nhiều, lại tra được hồ sơ đang nằm ở khâu nào để trả lời bà con.",
                "Chị Nông Thị Lan, công chức Văn phòng - Thống kê xã Minh Xuân, huyện Lục Yên",
            ),
            _p(
                "Theo kế hoạch của tỉnh, từ ngày 01/07/2025 cấp huyện kết thúc hoạt động, nhiều "
                "thủ tục chuyển về xã giải quyết. Lãnh đạo huyện Lục Yên cho biết các học viên sẽ "
                "trở thành lực lượng nòng cốt hướng dẫn đồng nghiệp tại các xã mới sau sắp xếp."
            ),
        ],
        published_on=date(2025, 6, 12),
        author_unit="UBND huyện Lục Yên",
        tags=[TAG_OFFICIALS, TAG_PUBLIC_SERVICES, TAG_SKILLS],
        image_theme="classroom",
        image_alt="Minh hoạ: lớp tập huấn cán bộ xã, mỗi người một máy tính xách tay",
        unit_codes=["135", "04303"],
    ),
    DemoArticle(
        section="activities",
        slug="tram-tau-lop-hoc-buoi-toi-cho-phu-nu-mong",
        title="Xã Trạm Tấu mở lớp học buổi tối cho phụ nữ Mông",
        summary=(
            "Bốn lớp học buổi tối tại nhà văn hóa thôn giúp 126 chị em người Mông biết gọi video, "
            "nhận tiền qua mã QR và nhận diện cuộc gọi lừa đảo; giảng viên là chính những cô gái "
            "trong bản."
        ),
        body=[
            _p(
                "Sau khi sắp xếp đơn vị hành chính, xã Trạm Tấu (tỉnh Lào Cai) được hình thành từ "
                "các xã Túc Đán, Pá Lau, Trạm Tấu và Pá Hu của huyện Trạm Tấu cũ. Phần lớn người "
                "dân là đồng bào Mông; nhiều phụ nữ trung niên chưa thạo tiếng phổ thông và ngại "
                "đến những lớp học đông người."
            ),
            _p(
                "Hiểu điều đó, Hội Liên hiệp Phụ nữ xã phối hợp với Đoàn Thanh niên mở <b>bốn lớp "
                "học buổi tối</b> từ ngày 04 đến 15/08/2025 tại nhà văn hóa bốn thôn. Mỗi lớp chỉ "
                "khoảng 30 người, học ba buổi, mỗi buổi hai giờ. Người hướng dẫn là các cô gái "
                "Mông đã học xong trung học phổ thông, giảng hoàn toàn bằng tiếng Mông."
            ),
            _h("Nội dung được chọn theo nhu cầu"),
            _list(
                "Gọi video cho con đi làm ăn xa, lưu số điện thoại người thân.",
                (
                    "Nhận tiền bán măng, bán thảo quả qua tài khoản ngân hàng và mã QR, kiểm tra "
                    "tin báo số dư."
                ),
                "Nhận biết cuộc gọi giả danh công an, ngân hàng, người thân gặp nạn.",
                "Mở ứng dụng VNeID để xem thẻ bảo hiểm y tế của cả gia đình.",
            ),
            _p(
                "Kết thúc đợt học, <b>126 chị em</b> tham gia, trong đó 109 người tự thực hiện "
                "được ít nhất ba trong bốn kỹ năng trên. Nhiều chị đưa cả con nhỏ đến lớp, các "
                "đoàn viên thay nhau trông giúp để mẹ yên tâm học."
            ),
            _quote(
                "Trước có người gọi bảo con tôi bị tai nạn, bắt gửi tiền ngay. May mà hôm ấy không "
                "có tiền. Giờ học rồi, ai gọi thế tôi sẽ tắt máy, gọi lại cho con trước.",
                "Chị Sùng Thị Mỷ, học viên lớp buổi tối, xã Trạm Tấu",
            ),
            _p(
                "Ủy ban nhân dân xã Trạm Tấu cho biết sẽ mở thêm lớp cho nam giới và người cao "
                "tuổi sau vụ thu hoạch, đồng thời đề nghị doanh nghiệp viễn thông tăng cường sóng "
                "di động ở các thôn còn yếu."
            ),
        ],
        published_on=date(2025, 8, 20),
        author_unit="UBND xã Trạm Tấu",
        tags=[TAG_ETHNIC, TAG_SCAM, TAG_SKILLS],
        image_theme="classroom",
        image_alt=(
            "Minh hoạ: phụ nữ Mông trong trang phục truyền thống học dùng điện thoại buổi tối"
        ),
        unit_codes=["04606"],
    ),
    DemoArticle(
        section="activities",
        slug="tu-le-tuan-le-ky-nang-so-dau-nam-hoc",
        title="Tú Lệ: “Tuần lễ kỹ năng số” chào năm học mới",
        summary=(
            "Hơn 1.100 học sinh các trường trên địa bàn xã Tú Lệ tham gia tuần lễ kỹ năng số đầu "
            "năm học 2025–2026, học cách bảo vệ tài khoản, kiểm chứng thông tin và ứng xử văn minh "
            "trên mạng."
        ),
        body=[
            _p(
                "Nhân dịp khai giảng năm học 2025–2026, các trường học trên địa bàn xã Tú Lệ tổ "
                "chức <b>“Tuần lễ kỹ năng số”</b> từ ngày 08 đến 13/09/2025. Tú Lệ là vùng đồng "
                "bào Thái và Mông, nổi tiếng với nếp xôi thơm; nhiều học sinh ở bán trú, liên lạc "
                "với gia đình chủ yếu qua điện thoại."
            ),
            _h("Những hoạt động trong tuần"),
            _list(
                "Tiết sinh hoạt dưới cờ chủ đề “Một mật khẩu mạnh, một tài khoản an toàn”.",
                (
                    "Cuộc thi “Thám tử tin giả”: học sinh trung học cơ sở tìm điểm bất thường "
                    "trong các bản tin mẫu."
                ),
                "Lớp thực hành cho học sinh lớp 9 về tìm kiếm tài liệu học tập và trích dẫn nguồn.",
                (
                    "Buổi nói chuyện với phụ huynh về thời gian dùng điện thoại hợp lý và nguy cơ "
                    "lừa đảo qua trò chơi trực tuyến."
                ),
            ),
            _p(
                "Có <b>1.148 học sinh</b> và 72 giáo viên tham gia. Trước đó, trong hè, 100% giáo "
                "viên của các trường đã được tập huấn về khung năng lực số theo Thông tư "
                "02/2025/TT-BGDĐT để lồng ghép vào môn Tin học, Giáo dục công dân và hoạt động "
                "trải nghiệm."
            ),
            _quote(
                "Em từng bấm vào một đường dẫn nhận quà trong trò chơi rồi mất tài khoản. Hôm nay "
                "em mới biết phải bật xác thực hai lớp và không đưa mã cho ai.",
                "Em Lò Thị Ngọc, học sinh lớp 8, xã Tú Lệ",
            ),
            _p(
                "Thầy Lò Văn Thắng, giáo viên Tin học, cho biết nhà trường sẽ duy trì câu lạc bộ "
                "“Công dân số nhỏ” sinh hoạt hai tuần một lần. Các thành viên câu lạc bộ sẽ cùng "
                "tổ công nghệ số cộng đồng về bản hướng dẫn ông bà, cha mẹ trong các dịp nghỉ cuối "
                "tuần."
            ),
        ],
        published_on=date(2025, 9, 15),
        author_unit="Sở Giáo dục và Đào tạo",
        tags=[TAG_STUDENTS, TAG_COMPETENCE, TAG_ETHNIC],
        image_theme="school",
        image_alt="Minh hoạ: học sinh dân tộc Thái giơ tay phát biểu trong tiết học kỹ năng số",
        unit_codes=["04630"],
    ),
    DemoArticle(
        section="activities",
        slug="hop-tac-xa-que-van-yen-hoc-ban-hang-truc-tuyen",
        title="Người lao động hợp tác xã quế vùng Văn Yên học bán hàng trực tuyến",
        summary=(
            "86 người lao động của 14 hợp tác xã quế ở các xã Mậu A và Đông Cuông được tập huấn về "
            "sàn thương mại điện tử, mã truy xuất nguồn gốc và hóa đơn điện tử."
        ),
        body=[
            _p(
                "Quế Văn Yên từ lâu là đặc sản nổi tiếng, nhưng phần lớn sản lượng vẫn bán qua "
                "thương lái với giá phụ thuộc vào người mua. Để giúp các hợp tác xã chủ động hơn, "
                "Liên minh Hợp tác xã tỉnh phối hợp với Sở Khoa học và Công nghệ và Bưu điện tỉnh "
                "tổ chức lớp tập huấn từ ngày 14 đến 17/10/2025 tại xã Mậu A."
            ),
            _p(
                "Lớp có <b>86 học viên</b> là người lao động của 14 hợp tác xã trồng, chế biến quế "
                "ở xã Mậu A và xã Đông Cuông. Nhiều người lần đầu dùng máy tính, nên ban tổ chức "
                "chuẩn bị phần lớn bài thực hành trên điện thoại."
            ),
            _h("Nội dung tập huấn"),
            _list(
                "Mở gian hàng trên sàn thương mại điện tử, chụp ảnh sản phẩm bằng điện thoại, viết "
                "mô tả trung thực.",
                "Gắn mã QR truy xuất nguồn gốc lên bao bì quế thanh, tinh dầu quế.",
                (
                    "Lập hóa đơn điện tử, nhận thanh toán qua ngân hàng, theo dõi sổ sách trên "
                    "bảng tính."
                ),
                (
                    "Ghi nhật ký sản xuất trên điện thoại để đáp ứng yêu cầu của khách hàng mua số "
                    "lượng lớn."
                ),
            ),
            _p(
                "Cuối khóa, 71 học viên (82,6%) hoàn thành bài đánh giá kỹ năng số dành cho người "
                "lao động; 9 hợp tác xã đã mở được gian hàng và đăng bán những sản phẩm đầu tiên "
                "ngay tại lớp."
            ),
            _quote(
                "Ngày trước bán quế chỉ biết chờ thương lái vào bản. Giờ đăng ảnh lên sàn, khách ở "
                "Hà Nội đặt năm chục cân quế thanh, bưu điện đến tận xưởng lấy hàng.",
                "Ông Triệu Văn Hải, Giám đốc một hợp tác xã quế ở xã Đông Cuông",
            ),
            _p(
                "Trong quý IV/2025, Bưu điện tỉnh sẽ cử nhân viên hỗ trợ các hợp tác xã đóng gói, "
                "định giá vận chuyển; Sở Khoa học và Công nghệ tiếp tục hướng dẫn đăng ký mã truy "
                "xuất nguồn gốc cho 5 sản phẩm chủ lực của vùng quế."
            ),
        ],
        published_on=date(2025, 10, 21),
        author_unit="Liên minh Hợp tác xã tỉnh Lào Cai",
        tags=[TAG_WORKERS, TAG_ECOMMERCE, TAG_SKILLS],
        image_theme="farm",
        image_alt="Minh hoạ: người lao động chụp ảnh bó quế thanh bằng điện thoại để đăng bán",
        unit_codes=["04375", "04399"],
    ),
    DemoArticle(
        section="activities",
        slug="tap-huan-can-bo-trung-tam-phuc-vu-hanh-chinh-cong",
        title="198 cán bộ Trung tâm phục vụ hành chính công cấp xã được tập huấn nghiệp vụ số",
        summary=(
            "Ba đợt tập huấn tại phường Yên Bái giúp cán bộ tiếp nhận hồ sơ của 51 xã, phường "
            "thành thạo hệ thống giải quyết thủ tục hành chính và kỹ năng hướng dẫn người dân nộp "
            "hồ sơ trực tuyến."
        ),
        body=[
            _p(
                "Từ ngày 10 đến 14/11/2025, Sở Khoa học và Công nghệ phối hợp với Văn phòng Ủy ban "
                "nhân dân tỉnh tổ chức ba đợt tập huấn tại phường Yên Bái cho <b>198 cán bộ, công "
                "chức</b> làm việc tại Trung tâm phục vụ hành chính công của 51 xã, phường thuộc "
                "địa bàn tỉnh Yên Bái trước đây."
            ),
            _p(
                "Sau bốn tháng vận hành chính quyền hai cấp, lượng hồ sơ tại cấp xã tăng rõ rệt, "
                "trong khi nhiều cán bộ mới được điều động từ các phòng, ban của huyện cũ, chưa "
                "quen công việc tiếp nhận. Đợt tập huấn tập trung vào những tình huống thường gặp "
                "hằng ngày."
            ),
            _h("Nội dung chính"),
            _list(
                "Tiếp nhận, số hóa hồ sơ giấy và chuyển xử lý trên hệ thống giải quyết thủ tục "
                "hành chính của tỉnh.",
                (
                    "Hướng dẫn người dân đăng nhập bằng tài khoản định danh điện tử, tự nộp hồ sơ "
                    "tại góc hỗ trợ."
                ),
                (
                    "Thu phí, lệ phí không dùng tiền mặt; trả kết quả điện tử vào kho dữ liệu của "
                    "người dân."
                ),
                (
                    "Giao tiếp với người cao tuổi, người khuyết tật, đồng bào chưa thạo tiếng phổ "
                    "thông."
                ),
                "Xử lý khi hệ thống gặp sự cố, bảo vệ dữ liệu cá nhân của người đến làm thủ tục.",
            ),
            _p(
                "Mỗi học viên được thực hành trên môi trường thử nghiệm với mười hồ sơ mẫu như "
                "đăng ký khai sinh, chứng thực, đăng ký kinh doanh hộ gia đình. Kết quả đánh giá "
                "cuối khóa: 191 người đạt (96,5%)."
            ),
            _quote(
                "Người dân đến làm thủ tục thường lo nhất là nộp rồi không biết hồ sơ đi đâu. Khi "
                "mình chỉ cho họ tra cứu bằng mã hồ sơ trên điện thoại, họ yên tâm hẳn.",
                "Chị Vũ Thị Hương, công chức Trung tâm phục vụ hành chính công phường Nam Cường",
            ),
            _p(
                "Đầu năm 2026, chương trình tiếp tục được tổ chức cho cán bộ của 48 xã, phường "
                "thuộc địa bàn tỉnh Lào Cai trước đây, bảo đảm cán bộ tiếp nhận hồ sơ toàn tỉnh "
                "được tập huấn theo cùng một nội dung."
            ),
        ],
        published_on=date(2025, 11, 18),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_OFFICIALS, TAG_PUBLIC_SERVICES],
        image_theme="office",
        image_alt="Minh hoạ: cán bộ một cửa hướng dẫn người dân nộp hồ sơ trên máy tính tại quầy",
        unit_codes=["04252"],
    ),
    DemoArticle(
        section="activities",
        slug="chau-que-ngay-hoi-binh-dan-hoc-vu-so",
        title="Châu Quế: ngày hội “Bình dân học vụ số” của đồng bào Dao",
        summary=(
            "Đúng dịp tròn một năm phát động phong trào, xã Châu Quế tổ chức ngày hội với 12 gian "
            "hướng dẫn; hơn 300 người dân được hỗ trợ làm thủ tục, cài ứng dụng và học cách phòng "
            "chống lừa đảo."
        ),
        body=[
            _p(
                "Ngày 26/03/2026, tại sân Trung tâm văn hóa xã Châu Quế, Ủy ban nhân dân xã tổ "
                "chức <b>Ngày hội “Bình dân học vụ số”</b>. Xã được thành lập từ hai xã Châu Quế "
                "Thượng và Châu Quế Hạ cũ, đông đảo đồng bào Dao sinh sống, kinh tế chủ yếu dựa "
                "vào cây quế và rừng."
            ),
            _p(
                "Ngày hội được tổ chức như một phiên chợ: mỗi gian là một “quầy học”. Người dân đi "
                "từ gian này sang gian khác, làm được việc gì thì được đóng dấu vào phiếu, đủ năm "
                "dấu được nhận quà là áo mưa, đèn pin sạc do các doanh nghiệp tài trợ."
            ),
            _h("Mười hai gian hướng dẫn"),
            _list(
                "Kích hoạt, đăng nhập ứng dụng VNeID; xem giấy tờ tích hợp.",
                "Nộp thử hồ sơ dịch vụ công trực tuyến, tra cứu hồ sơ bằng mã.",
                "Tra cứu quá trình đóng bảo hiểm trên ứng dụng VssID.",
                "Mở tài khoản ngân hàng, chuyển tiền, thanh toán bằng mã QR.",
                "Nhận biết cuộc gọi, tin nhắn lừa đảo; kiểm tra đường dẫn nghi vấn.",
                "Đăng bán quế, mật ong rừng trên sàn thương mại điện tử.",
            ),
            _p(
                "Trong ngày có <b>327 lượt người</b> được hướng dẫn trực tiếp, 64 hồ sơ trực tuyến "
                "được nộp thành công, 41 người lần đầu mở tài khoản ngân hàng. Đội văn nghệ của xã "
                "biểu diễn tiểu phẩm bằng tiếng Dao về một cụ ông suýt bị lừa chuyển tiền, khiến "
                "nhiều người vừa cười vừa nhớ bài học."
            ),
            _quote(
                "Cả nhà tôi cùng đi. Con gái tôi học đăng bán quế, tôi học xem thẻ bảo hiểm. Đi "
                "hội mà về được bao nhiêu việc.",
                "Ông Bàn Văn Quý, người dân xã Châu Quế",
            ),
            _p(
                "Ủy ban nhân dân xã cho biết, đến hết tháng 3/2026, tỷ lệ người trưởng thành của "
                "xã sử dụng được dịch vụ số thiết yếu đạt 78%. Xã đặt mục tiêu đạt trên 95% trước "
                "tháng 10/2026 bằng cách duy trì ngày hội mỗi quý tại một cụm thôn."
            ),
        ],
        published_on=date(2026, 3, 27),
        author_unit="UBND xã Châu Quế",
        tags=[TAG_ETHNIC, TAG_COMMUNITY_TEAM, TAG_VNEID],
        image_theme="village",
        image_alt="Minh hoạ: ngày hội ở sân văn hóa xã với các gian hướng dẫn dùng điện thoại",
        unit_codes=["04387"],
    ),
    DemoArticle(
        section="activities",
        slug="bac-ha-sinh-vien-tinh-nguyen-mua-he-so",
        title="Bắc Hà: sinh viên tình nguyện mang “mùa hè số” về các thôn",
        summary=(
            "40 sinh viên tình nguyện cùng Đoàn Thanh niên xã Bắc Hà tổ chức 36 buổi hướng dẫn tại "
            "các thôn, giúp gần 900 lượt người dân làm quen với dịch vụ công trực tuyến và thanh "
            "toán điện tử."
        ),
        body=[
            _p(
                "Hưởng ứng chiến dịch tình nguyện hè năm 2026, <b>40 sinh viên</b> của các trường "
                "đại học, cao đẳng đã về xã Bắc Hà từ ngày 22/06 đến 08/07/2026. Đây là xã vùng "
                "cao thuộc địa bàn tỉnh Lào Cai trước đây, có đồng bào Mông, Tày, Nùng, Dao cùng "
                "sinh sống; chợ phiên Bắc Hà là nơi giao thương quen thuộc của bà con và du khách."
            ),
            _p(
                "Các bạn sinh viên được chia thành tám đội, mỗi đội có một đoàn viên địa phương "
                "biết tiếng dân tộc đi cùng. Buổi sáng, các đội đến từng thôn; buổi chiều, hỗ trợ "
                "tại Trung tâm phục vụ hành chính công xã; chủ nhật, đặt bàn hướng dẫn ngay tại "
                "chợ phiên."
            ),
            _h("Kết quả sau hơn hai tuần"),
            _list(
                "36 buổi hướng dẫn tại thôn với 894 lượt người tham gia.",
                (
                    "213 hồ sơ dịch vụ công trực tuyến được người dân tự nộp dưới sự hỗ trợ của "
                    "sinh viên."
                ),
                "58 tiểu thương ở chợ phiên bắt đầu nhận thanh toán bằng mã QR.",
                "Quay 15 video ngắn hướng dẫn bằng tiếng Mông, đăng trên trang thông tin của xã.",
            ),
            _quote(
                "Ban đầu em lo không nói được tiếng Mông thì làm sao hướng dẫn. Nhưng có anh chị "
                "đoàn viên ở xã dịch giúp, bà con lại rất cởi mở. Em học được từ bà con nhiều hơn "
                "em dạy.",
                "Sinh viên Vũ Thu Trang, thành viên đội tình nguyện số 3",
            ),
            _p(
                "Đoàn Thanh niên xã Bắc Hà cho biết sẽ giữ liên lạc với các đội qua nhóm trò "
                "chuyện để tiếp tục hỗ trợ từ xa. Danh sách người dân cần giúp thêm đã được bàn "
                "giao cho tổ công nghệ số cộng đồng các thôn để theo dõi sau chiến dịch."
            ),
        ],
        published_on=date(2026, 7, 10),
        author_unit="Tỉnh đoàn Lào Cai",
        tags=[TAG_STUDENTS, TAG_ETHNIC, TAG_PUBLIC_SERVICES],
        image_theme="phone",
        image_alt=(
            "Minh hoạ: sinh viên tình nguyện áo xanh hướng dẫn tiểu thương ở chợ phiên dùng mã QR"
        ),
        unit_codes=["02839"],
    ),
    DemoArticle(
        section="activities",
        slug="lao-cai-so-ket-phong-trao-binh-dan-hoc-vu-so-2026",
        title="Lào Cai sơ kết phong trào “Bình dân học vụ số”: còn một tháng cho chặng cuối",
        summary=(
            "Hội nghị sơ kết cho thấy nhóm học sinh, sinh viên và cán bộ, công chức gần như đã đạt "
            "mục tiêu; nhóm người trưởng thành ở vùng cao và chỉ tiêu xác nhận trên VNeID cần tăng "
            "tốc trong tháng 12/2026."
        ),
        body=[
            _p(
                "Ngày 20/11/2026, Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo "
                "và chuyển đổi số tỉnh Lào Cai tổ chức hội nghị sơ kết phong trào “Bình dân học vụ "
                "số”. Hội nghị được kết nối trực tuyến tới 99 xã, phường với hơn 2.300 đại biểu."
            ),
            _h("Năm chỉ tiêu tính đến hết tháng 10/2026"),
            _list(
                "Cán bộ, công chức, viên chức có kỹ năng số cơ bản: 97,6%.",
                "Học sinh, sinh viên được trang bị kỹ năng số: 100%.",
                "Người trưởng thành sử dụng được dịch vụ số thiết yếu: 84,2%.",
                "Người trưởng thành được xác nhận có kỹ năng số cơ bản trên VNeID: 68,5%.",
                "Người lao động trong doanh nghiệp, hợp tác xã ứng dụng được công nghệ: 81,3%.",
            ),
            _p(
                "Trong gần hai năm, toàn tỉnh đã tổ chức hơn 14.000 lớp, buổi hướng dẫn trực tiếp; "
                "hơn 210.000 người đăng ký học trên nền tảng “Bình dân học vụ số”. Nhiều cách làm "
                "hay được nhân rộng như chợ không dùng tiền mặt, lớp học chống lừa đảo ngày Chủ "
                "nhật, học sinh dạy ông bà, góc hỗ trợ số tại Trung tâm phục vụ hành chính công."
            ),
            _h("Những điểm còn khó"),
            _p(
                "Tỷ lệ người trưởng thành đạt yêu cầu ở 21 xã vùng cao vẫn dưới 75%, chủ yếu do "
                "sóng di động chưa ổn định, nhiều người đi làm ăn xa và một bộ phận người cao tuổi "
                "chưa có điện thoại thông minh. Chỉ tiêu xác nhận trên VNeID thấp hơn các chỉ tiêu "
                "khác vì nhiều người đã học nhưng chưa làm bài đánh giá."
            ),
            _quote(
                "Tháng cuối cùng, chúng ta không chạy theo con số. Ở đâu người dân đã học mà chưa "
                "được xác nhận thì tổ chức đánh giá ngay tại thôn; ở đâu chưa có sóng thì mang lớp "
                "học đến điểm có sóng.",
                "Ông Phạm Quốc Khánh, Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Lào Cai",
            ),
            _p(
                "Hội nghị thống nhất phát động <b>“Tháng cao điểm”</b> từ ngày 01 đến 31/12/2026, "
                "tập trung vào 21 xã còn khó khăn, với sự tăng cường của đoàn viên, giáo viên và "
                "cán bộ từ các xã, phường đã hoàn thành mục tiêu."
            ),
        ],
        published_on=date(2026, 11, 20),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_SKILLS, TAG_VNEID, TAG_COMMUNITY_TEAM],
        image_theme="meeting",
        image_alt="Minh hoạ: hội nghị sơ kết với màn hình hiển thị biểu đồ năm chỉ tiêu",
        unit_codes=["15"],
    ),
]
