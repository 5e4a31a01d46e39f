"""Chủ trương, chính sách (2/2): the last four articles of the policies section."""

from datetime import date

from portal.news.demo.content.types import (
    TAG_COMPETENCE,
    TAG_DOCS,
    TAG_OFFICIALS,
    TAG_PUBLIC_SERVICES,
    TAG_SKILLS,
    TAG_VNEID,
    DemoArticle,
    _h,
    _list,
    _p,
    _quote,
)

ARTICLES: list[DemoArticle] = [
    DemoArticle(
        section="policies",
        slug="quyet-dinh-757-qd-bkhcn-khung-ky-nang-so-co-ban",
        title="Quyết định 757/QĐ-BKHCN: thế nào là “có kỹ năng số cơ bản”?",
        summary=(
            "Bộ Khoa học và Công nghệ ban hành khung kiến thức, kỹ năng số cơ bản cho bốn nhóm đối "
            "tượng cùng cách đánh giá, xác nhận hoàn thành, giúp địa phương đo kết quả phong trào "
            "một cách thống nhất."
        ),
        body=[
            _p(
                "Ngày 29/04/2025, Bộ Khoa học và Công nghệ ban hành <b>Quyết định số "
                "757/QĐ-BKHCN</b> về khung kiến thức, kỹ năng số cơ bản. Văn bản trả lời một câu "
                "hỏi mà nhiều cán bộ cơ sở băn khoăn từ khi phát động phong trào: học đến đâu thì "
                "được coi là đạt?"
            ),
            _h("Bốn nhóm, bốn yêu cầu khác nhau"),
            _list(
                "Học sinh, sinh viên: học tập, tra cứu và giao tiếp an toàn trên mạng, nhận biết "
                "thông tin sai lệch.",
                (
                    "Người dân: dùng điện thoại thông minh, tài khoản định danh điện tử, dịch vụ "
                    "công trực tuyến, thanh toán điện tử và biết tự bảo vệ trước lừa đảo."
                ),
                (
                    "Cán bộ, công chức, viên chức, người lao động khu vực công: xử lý văn bản điện "
                    "tử, ký số, khai thác cơ sở dữ liệu, bảo đảm an toàn thông tin."
                ),
                (
                    "Người lao động trong doanh nghiệp, hợp tác xã: dùng công cụ số trong sản "
                    "xuất, bán hàng, quản lý và giao dịch."
                ),
            ),
            _p(
                "Với mỗi nhóm, khung nêu rõ nội dung cần học và yêu cầu cần đạt. Người học có thể "
                "học trực tuyến trên nền tảng “Bình dân học vụ số” hoặc học trực tiếp, sau đó được "
                "đánh giá và xác nhận hoàn thành theo hướng dẫn của Bộ. Kết quả được dùng để tính "
                "các chỉ tiêu của phong trào, trong đó có tỷ lệ người trưởng thành được xác nhận "
                "có kỹ năng số cơ bản trên ứng dụng VNeID."
            ),
            _h("Ý nghĩa với tỉnh Yên Bái"),
            _p(
                "Từ nay, các xã, phường, thị trấn báo cáo theo cùng một thước đo, tránh tình trạng "
                "nơi thì đếm số người đã cài ứng dụng, nơi thì đếm số người đi dự lớp. Sở Khoa học "
                "và Công nghệ sẽ tổ chức tập huấn cho cán bộ đầu mối cấp huyện, cấp xã về cách "
                "đánh giá và ghi nhận kết quả trong tháng 5/2025."
            ),
            _quote(
                "Có thước đo chung thì mới biết thôn nào cần hỗ trợ thêm. Con số đẹp mà người dân "
                "vẫn phải nhờ người khác làm hộ thì chưa phải là đạt.",
                (
                    "Ông Nguyễn Đức Long, chuyên viên Phòng Chuyển đổi số, Sở Khoa học và Công "
                    "nghệ tỉnh Yên Bái"
                ),
            ),
        ],
        published_on=date(2025, 5, 9),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_DOCS, TAG_COMPETENCE, TAG_SKILLS],
        image_theme="office",
        image_alt="Minh hoạ: bảng tiêu chí kỹ năng số hiển thị trên màn hình máy tính",
        document_number="757/QĐ-BKHCN",
        document_type="Quyết định",
        issuing_body="Bộ Khoa học và Công nghệ",
        issued_on=date(2025, 4, 29),
        document_text=[
            (
                "BỘ KHOA HỌC VÀ CÔNG NGHỆ. Số 757/QĐ-BKHCN. Hà Nội, ngày 29 tháng 4 năm 2025. "
                "QUYẾT ĐỊNH ban hành khung kiến thức, kỹ năng số cơ bản và hướng dẫn đánh giá, xác "
                "nhận hoàn thành. (Bản tóm tắt nội dung chính phục vụ tuyên truyền.)"
            ),
            (
                "Mục đích: thống nhất nội dung kiến thức, kỹ năng số cơ bản cần phổ cập trong "
                "phong trào “Bình dân học vụ số”; làm căn cứ xây dựng học liệu, tổ chức học tập và "
                "đánh giá kết quả."
            ),
            (
                "Đối tượng: học sinh, sinh viên; người dân; cán bộ, công chức, viên chức và người "
                "lao động khu vực công; người lao động trong doanh nghiệp, hợp tác xã."
            ),
            (
                "Nội dung: với mỗi nhóm đối tượng, khung xác định các chủ đề kiến thức, kỹ năng số "
                "cơ bản và yêu cầu cần đạt tương ứng."
            ),
            (
                "Đánh giá, xác nhận: người học hoàn thành nội dung học tập và bài đánh giá theo "
                "hướng dẫn; kết quả được ghi nhận, xác nhận để phục vụ thống kê, báo cáo chỉ tiêu "
                "của phong trào."
            ),
            (
                "Tổ chức thực hiện: các bộ, ngành, địa phương căn cứ khung để tổ chức triển khai; "
                "cơ quan thường trực phong trào ở địa phương theo dõi, tổng hợp kết quả."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="de-an-06-va-phong-trao-binh-dan-hoc-vu-so",
        title="Đề án 06 và “Bình dân học vụ số”: hai việc lớn, một mục tiêu chung",
        summary=(
            "Đề án 06 xây dựng dữ liệu dân cư và tài khoản định danh điện tử; phong trào “Bình dân "
            "học vụ số” giúp người dân biết dùng những tiện ích đó. Hai việc song hành để thủ tục "
            "nhanh hơn, đời sống thuận tiện hơn."
        ),
        body=[
            _p(
                "Ngày 06/01/2022, Thủ tướng Chính phủ ban hành <b>Quyết định số 06/QĐ-TTg</b> phê "
                "duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử "
                "phục vụ chuyển đổi số quốc gia giai đoạn 2022–2025, tầm nhìn đến năm 2030, thường "
                "gọi ngắn gọn là <b>Đề án 06</b>."
            ),
            _p(
                "Nhờ Đề án 06, mỗi người dân có một tài khoản định danh điện tử trên ứng dụng "
                "VNeID. Căn cước, giấy phép lái xe, thẻ bảo hiểm y tế có thể được tích hợp vào ứng "
                "dụng; nhiều thủ tục không còn phải nộp bản sao giấy tờ vì cơ quan nhà nước đã "
                "khai thác được dữ liệu dân cư."
            ),
            _h("Năm nhóm tiện ích của Đề án"),
            _list(
                "Phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến.",
                "Phục vụ phát triển kinh tế, xã hội.",
                "Phục vụ phát triển công dân số.",
                (
                    "Hoàn thiện hệ sinh thái phục vụ kết nối, khai thác, bổ sung làm giàu dữ liệu "
                    "dân cư."
                ),
                "Phục vụ chỉ đạo, điều hành của lãnh đạo các cấp.",
            ),
            _h("Vì sao cần đi cùng phong trào học kỹ năng số?"),
            _p(
                "Tại nhiều bản vùng cao của Yên Bái, tỷ lệ người dân được cấp tài khoản định danh "
                "điện tử mức độ 2 đã khá cao, nhưng số người tự đăng nhập, tự làm thủ tục còn ít. "
                "Có tài khoản mà không biết dùng thì tiện ích vẫn nằm trên giấy. Vì vậy, Công an "
                "tỉnh phối hợp với tổ công nghệ số cộng đồng lồng ghép hướng dẫn VNeID vào các lớp "
                "“Bình dân học vụ số”: kích hoạt tài khoản, đặt mật khẩu an toàn, xem giấy tờ tích "
                "hợp, thông báo lưu trú, nộp hồ sơ trực tuyến."
            ),
            _quote(
                "Công an xã không chỉ làm căn cước cho bà con mà còn ngồi lại hướng dẫn từng người "
                "mở ứng dụng, nhớ mật khẩu, biết từ chối khi có ai gọi điện xin mã.",
                "Đại úy Vàng A Páo, Công an xã Chế Cu Nha, huyện Mù Cang Chải",
            ),
            _p(
                "Người dân cần hỗ trợ về tài khoản định danh điện tử có thể đến trụ sở Công an xã, "
                "phường, thị trấn nơi cư trú trong giờ hành chính, mang theo thẻ căn cước và điện "
                "thoại đang dùng số thuê bao chính chủ."
            ),
        ],
        published_on=date(2025, 6, 10),
        author_unit="Công an tỉnh Yên Bái",
        tags=[TAG_DOCS, TAG_VNEID, TAG_PUBLIC_SERVICES],
        image_theme="security",
        image_alt=(
            "Minh hoạ: cán bộ công an hướng dẫn người dân kích hoạt tài khoản định danh điện tử"
        ),
        document_number="06/QĐ-TTg",
        document_type="Quyết định",
        issuing_body="Thủ tướng Chính phủ",
        issued_on=date(2022, 1, 6),
        document_text=[
            (
                "THỦ TƯỚNG CHÍNH PHỦ. Số 06/QĐ-TTg. Hà Nội, ngày 06 tháng 01 năm 2022. QUYẾT ĐỊNH "
                "phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện "
                "tử phục vụ chuyển đổi số quốc gia giai đoạn 2022–2025, tầm nhìn đến năm 2030. "
                "(Bản tóm tắt nội dung chính phục vụ tuyên truyền.)"
            ),
            (
                "Mục tiêu: khai thác hiệu quả Cơ sở dữ liệu quốc gia về dân cư và hệ thống định "
                "danh, xác thực điện tử để phục vụ cải cách thủ tục hành chính, cung cấp dịch vụ "
                "công trực tuyến, phát triển kinh tế - xã hội và công dân số."
            ),
            (
                "Năm nhóm tiện ích: phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công "
                "trực tuyến; phục vụ phát triển kinh tế, xã hội; phục vụ phát triển công dân số; "
                "hoàn thiện hệ sinh thái phục vụ kết nối, khai thác, bổ sung làm giàu dữ liệu dân "
                "cư; phục vụ chỉ đạo, điều hành của lãnh đạo các cấp."
            ),
            (
                "Nhiệm vụ, giải pháp: hoàn thiện thể chế; bảo đảm hạ tầng, an ninh, an toàn thông "
                "tin; kết nối, chia sẻ dữ liệu giữa cơ sở dữ liệu quốc gia về dân cư với các cơ sở "
                "dữ liệu chuyên ngành; tuyên truyền, hướng dẫn người dân sử dụng tài khoản định "
                "danh điện tử."
            ),
            (
                "Tổ chức thực hiện: Bộ Công an là cơ quan thường trực; các bộ, ngành, địa phương "
                "xây dựng kế hoạch thực hiện và báo cáo kết quả định kỳ."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="chi-thi-ubnd-tinh-lao-cai-day-manh-phong-trao",
        title="Lào Cai ra chỉ thị đẩy mạnh “Bình dân học vụ số” khi vận hành chính quyền hai cấp",
        summary=(
            "Sau khi hợp nhất tỉnh và sắp xếp lại xã, phường, Chủ tịch Ủy ban nhân dân tỉnh Lào "
            "Cai yêu cầu mỗi xã, phường coi kỹ năng số của người dân là điều kiện để chính quyền "
            "cơ sở phục vụ tốt hơn."
        ),
        body=[
            _p(
                "Từ ngày 01/07/2025, tỉnh Lào Cai mới được thành lập trên cơ sở hợp nhất tỉnh Yên "
                "Bái và tỉnh Lào Cai, với 99 xã, phường và không còn cấp huyện. Nhiều thủ tục "
                "trước đây làm ở huyện nay được giải quyết tại xã, phường hoặc nộp trực tuyến. "
                "Trong bối cảnh đó, Chủ tịch Ủy ban nhân dân tỉnh ban hành <b>Chỉ thị số "
                "12/CT-UBND</b> ngày 22/09/2025 về đẩy mạnh phong trào “Bình dân học vụ số”."
            ),
            _h("Những yêu cầu chính"),
            _list(
                "Chủ tịch Ủy ban nhân dân xã, phường trực tiếp chỉ đạo phong trào, chịu trách "
                "nhiệm về kết quả trên địa bàn.",
                (
                    "Mỗi Trung tâm phục vụ hành chính công cấp xã bố trí góc hướng dẫn nộp hồ sơ "
                    "trực tuyến, có người trực hỗ trợ trong giờ hành chính."
                ),
                (
                    "Tổ công nghệ số cộng đồng được kiện toàn theo thôn, tổ dân phố mới sau sắp "
                    "xếp; ưu tiên các bản vùng cao, vùng xa trung tâm xã."
                ),
                (
                    "Số liệu năm chỉ tiêu được cập nhật hằng tháng; số liệu của xã cũ được cộng "
                    "dồn về xã, phường mới."
                ),
                (
                    "Tăng cường tuyên truyền phòng chống lừa đảo trực tuyến, nhất là những thủ "
                    "đoạn lợi dụng việc sắp xếp đơn vị hành chính để yêu cầu người dân “cập nhật "
                    "giấy tờ”."
                ),
            ),
            _p(
                "Chỉ thị nhắc lại mục tiêu đến hết năm 2026: 100% cán bộ, công chức, viên chức; "
                "100% học sinh, sinh viên; 100% người trưởng thành và 100% người lao động trong "
                "doanh nghiệp, hợp tác xã có kiến thức, kỹ năng số cơ bản phù hợp với nhóm của "
                "mình."
            ),
            _h("Lưu ý cho người dân"),
            _p(
                "Việc đổi tên xã, phường <b>không bắt buộc</b> người dân phải làm lại thẻ căn cước "
                "hay các giấy tờ đang còn hạn. Cơ quan nhà nước không gọi điện, nhắn tin yêu cầu "
                "cài ứng dụng lạ hay cung cấp mã xác thực. Khi nghi ngờ, hãy hỏi trực tiếp Công an "
                "xã, phường hoặc cán bộ Trung tâm phục vụ hành chính công."
            ),
            _quote(
                "Chính quyền hai cấp gần dân hơn thì người dân cũng cần được trang bị để dùng dịch "
                "vụ số. Xã nào làm tốt việc này, người dân xã đó bớt được nhiều chuyến đi lại.",
                "Ông Phạm Quốc Khánh, Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Lào Cai",
            ),
        ],
        published_on=date(2025, 9, 25),
        author_unit="Văn phòng Ủy ban nhân dân tỉnh Lào Cai",
        tags=[TAG_DOCS, TAG_PUBLIC_SERVICES, TAG_OFFICIALS],
        image_theme="office",
        image_alt="Minh hoạ: quầy tiếp nhận hồ sơ tại Trung tâm phục vụ hành chính công xã",
        document_number="12/CT-UBND",
        document_type="Chỉ thị",
        issuing_body="Ủy ban nhân dân tỉnh Lào Cai",
        issued_on=date(2025, 9, 22),
        document_text=[
            (
                "ỦY BAN NHÂN DÂN TỈNH LÀO CAI. Số 12/CT-UBND. Lào Cai, ngày 22 tháng 9 năm 2025. "
                "CHỈ THỊ về đẩy mạnh phong trào “Bình dân học vụ số” trong giai đoạn vận hành "
                "chính quyền địa phương hai cấp. (Văn bản minh hoạ cho Cổng thông tin thử nghiệm.)"
            ),
            (
                "Thời gian qua, phong trào “Bình dân học vụ số” đã được triển khai tại tỉnh Yên "
                "Bái và tỉnh Lào Cai (trước hợp nhất), đạt kết quả bước đầu. Tuy nhiên, việc sắp "
                "xếp đơn vị hành chính làm thay đổi địa bàn, đầu mối phụ trách; một bộ phận người "
                "dân vùng cao, người cao tuổi còn gặp khó khăn khi sử dụng dịch vụ công trực tuyến."
            ),
            (
                "Để bảo đảm hoàn thành mục tiêu đến hết năm 2026, Chủ tịch Ủy ban nhân dân tỉnh "
                "yêu cầu: (1) Chủ tịch Ủy ban nhân dân các xã, phường trực tiếp chỉ đạo, kiện toàn "
                "tổ công nghệ số cộng đồng theo thôn, tổ dân phố mới; (2) mỗi Trung tâm phục vụ "
                "hành chính công cấp xã bố trí góc hướng dẫn dịch vụ công trực tuyến; (3) cập nhật "
                "năm chỉ tiêu của phong trào hằng tháng, quy đổi số liệu của đơn vị cũ về đơn vị "
                "mới."
            ),
            (
                "Sở Khoa học và Công nghệ là cơ quan thường trực, hướng dẫn nghiệp vụ, tổng hợp số "
                "liệu; Sở Giáo dục và Đào tạo, Sở Nội vụ, Công an tỉnh và Liên minh Hợp tác xã "
                "tỉnh thực hiện nhiệm vụ theo nhóm đối tượng được phân công."
            ),
            (
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội "
                "vận động đoàn viên, hội viên tham gia học tập và hướng dẫn người thân; các cơ "
                "quan báo chí mở chuyên mục về phong trào."
            ),
            (
                "Chỉ thị này được phổ biến đến thôn, tổ dân phố. Các sở, ngành, địa phương báo cáo "
                "kết quả thực hiện trước ngày 15 tháng 12 năm 2025."
            ),
        ],
    ),
    DemoArticle(
        section="policies",
        slug="cong-van-huong-dan-bao-cao-nam-chi-tieu-2026",
        title="Hướng dẫn xã, phường báo cáo năm chỉ tiêu của phong trào năm 2026",
        summary=(
            "Sở Khoa học và Công nghệ hướng dẫn cách thu thập, tính toán và gửi số liệu năm chỉ "
            "tiêu hằng tháng, kể cả cách cộng dồn số liệu của các xã cũ về xã, phường mới."
        ),
        body=[
            _p(
                "Nhằm thống nhất số liệu toàn tỉnh trong năm cuối thực hiện mục tiêu, Sở Khoa học "
                "và Công nghệ ban hành <b>Công văn số 215/SKHCN-CĐS</b> ngày 05/02/2026 hướng dẫn "
                "Ủy ban nhân dân các xã, phường thu thập và báo cáo năm chỉ tiêu của phong trào "
                "“Bình dân học vụ số”."
            ),
            _h("Năm chỉ tiêu cần báo cáo"),
            _list(
                "Tỷ lệ cán bộ, công chức, viên chức có kỹ năng số cơ bản.",
                "Tỷ lệ học sinh, sinh viên được trang bị kỹ năng số.",
                "Tỷ lệ người trưởng thành sử dụng được các dịch vụ số thiết yếu.",
                "Tỷ lệ người trưởng thành được xác nhận có kỹ năng số cơ bản trên ứng dụng VNeID.",
                (
                    "Tỷ lệ người lao động trong doanh nghiệp, hợp tác xã ứng dụng được công nghệ "
                    "trong công việc."
                ),
            ),
            _h("Một số điểm cán bộ đầu mối hay hỏi"),
            _p(
                "<b>Số liệu năm 2025 ghi theo xã cũ thì xử lý thế nào?</b> Mỗi xã cũ đã sáp nhập "
                "toàn bộ vào một xã, phường mới, nên chỉ cần cộng số người đạt và tổng số người "
                "của các xã cũ theo bảng đối chiếu kèm công văn, rồi tính lại tỷ lệ. Không cộng "
                "các tỷ lệ phần trăm với nhau."
            ),
            _p(
                "<b>Một người vừa là công chức vừa là người trưởng thành thì đếm ở đâu?</b> Người "
                "đó được tính ở nhóm cán bộ, công chức và vẫn được tính trong chỉ tiêu xác nhận "
                "trên VNeID nếu đã được xác nhận. Các nhóm còn lại không đếm trùng."
            ),
            _p(
                "<b>Hạn gửi báo cáo:</b> trước ngày 25 hằng tháng, qua hệ thống báo cáo của tỉnh; "
                "bản giấy không bắt buộc. Số liệu của tháng 12/2026 là căn cứ đánh giá hoàn thành "
                "mục tiêu của phong trào."
            ),
            _quote(
                "Số liệu đúng giúp tỉnh biết nơi nào cần gửi thêm người, thêm máy. Xã nào còn khó "
                "khăn cứ báo thật, tỉnh sẽ hỗ trợ.",
                (
                    "Bà Hoàng Thị Thu Hà, Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ "
                    "tỉnh Lào Cai"
                ),
            ),
        ],
        published_on=date(2026, 2, 9),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_DOCS, TAG_OFFICIALS, TAG_VNEID],
        image_theme="office",
        image_alt="Minh hoạ: cán bộ xã nhập số liệu báo cáo trên máy tính",
        document_number="215/SKHCN-CĐS",
        document_type="Công văn",
        issuing_body="Sở Khoa học và Công nghệ tỉnh Lào Cai",
        issued_on=date(2026, 2, 5),
        document_text=[
            (
                "ỦY BAN NHÂN DÂN TỈNH LÀO CAI — SỞ KHOA HỌC VÀ CÔNG NGHỆ. Số 215/SKHCN-CĐS. Lào "
                "Cai, ngày 05 tháng 02 năm 2026. V/v hướng dẫn thu thập, báo cáo chỉ tiêu phong "
                "trào “Bình dân học vụ số” năm 2026. Kính gửi: Ủy ban nhân dân các xã, phường. "
                "(Văn bản minh hoạ cho Cổng thông tin thử nghiệm.)"
            ),
            (
                "Thực hiện Chỉ thị số 12/CT-UBND ngày 22/9/2025 của Chủ tịch Ủy ban nhân dân tỉnh, "
                "Sở Khoa học và Công nghệ hướng dẫn thu thập, báo cáo năm chỉ tiêu của phong trào "
                "như sau."
            ),
            (
                "1. Chỉ tiêu và cách tính: mỗi chỉ tiêu là tỷ lệ giữa số người đạt yêu cầu và tổng "
                "số người thuộc nhóm đối tượng trên địa bàn, tính theo khung kiến thức, kỹ năng số "
                "cơ bản ban hành kèm Quyết định số 757/QĐ-BKHCN ngày 29/4/2025 của Bộ Khoa học và "
                "Công nghệ."
            ),
            (
                "2. Số liệu của đơn vị hành chính cũ: cộng số người đạt và tổng số người của các "
                "xã, phường, thị trấn cũ theo bảng đối chiếu sắp xếp đơn vị hành chính có hiệu lực "
                "từ ngày 01/7/2025, sau đó tính lại tỷ lệ cho đơn vị mới; không cộng hoặc lấy bình "
                "quân các tỷ lệ."
            ),
            (
                "3. Thời hạn: báo cáo trước ngày 25 hằng tháng qua hệ thống báo cáo của tỉnh. Số "
                "liệu tháng 12/2026 là căn cứ đánh giá kết quả thực hiện mục tiêu."
            ),
            (
                "4. Đầu mối: Phòng Chuyển đổi số, Sở Khoa học và Công nghệ. Trong quá trình thực "
                "hiện, nếu có vướng mắc, đề nghị các địa phương phản ánh để được hướng dẫn kịp "
                "thời."
            ),
        ],
    ),
]
