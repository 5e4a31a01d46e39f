"""Mô hình hay, cách làm hiệu quả: articles of the practices section."""

from datetime import date

from portal.news.demo.content.types import (
    TAG_CASHLESS,
    TAG_COMMUNITY_TEAM,
    TAG_ECOMMERCE,
    TAG_ELDERLY,
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
        section="practices",
        slug="cho-4-0-thi-tran-yen-the-luc-yen",
        title="“Chợ 4.0” ở thị trấn Yên Thế: đi chợ không cần mang tiền lẻ",
        summary=(
            "Sau hai tháng, 168 trên 230 tiểu thương chợ trung tâm thị trấn Yên Thế (Lục Yên) đã "
            "nhận thanh toán bằng mã QR; người mua và người bán đều bớt lo tiền lẻ, tiền giả."
        ),
        body=[
            _p(
                "Chợ trung tâm thị trấn Yên Thế là nơi buôn bán sầm uất nhất huyện Lục Yên, họp "
                "hằng ngày, đông nhất vào các phiên cuối tuần khi bà con người Tày, Dao, Nùng từ "
                "các xã mang rau, măng, gà đồi xuống chợ. Từ tháng 4/2025, Đoàn Thanh niên thị "
                "trấn phối hợp với các ngân hàng trên địa bàn triển khai mô hình <b>“Chợ 4.0”</b>."
            ),
            _h("Cách làm"),
            _list(
                "Đoàn viên chia nhau phụ trách từng dãy hàng, đến tận sạp hướng dẫn tiểu thương mở "
                "tài khoản và in mã QR.",
                (
                    "Mỗi sạp được tặng một giá đỡ mã QR bằng mica, có ghi tên chủ sạp để người mua "
                    "đối chiếu."
                ),
                (
                    "Hướng dẫn tiểu thương bật thông báo biến động số dư, chỉ giao hàng khi đã "
                    "nhận được thông báo của ngân hàng."
                ),
                (
                    "Ban quản lý chợ thu phí dịch vụ hằng tháng bằng chuyển khoản, có biên lai "
                    "điện tử."
                ),
            ),
            _p(
                "Đến giữa tháng 6/2025, <b>168 trên tổng số 230 tiểu thương</b> (73%) đã nhận "
                "thanh toán không dùng tiền mặt. Nhiều người mua là công chức, giáo viên, thanh "
                "niên đi làm xa về quê nay chỉ cần mang điện thoại khi đi chợ."
            ),
            _quote(
                "Bán mớ rau năm nghìn mà khách đưa tờ năm trăm thì tôi chịu, không có tiền trả "
                "lại. Giờ khách quét mã, tiền về tài khoản là điện thoại kêu ngay, đỡ hẳn.",
                "Bà Hoàng Thị Nhung, tiểu thương bán rau ở chợ trung tâm thị trấn Yên Thế",
            ),
            _h("Lưu ý để không bị lừa"),
            _p(
                "Đoàn viên thường xuyên nhắc tiểu thương: không để người lạ dán đè mã QR khác lên "
                "mã của mình; không tin ảnh chụp màn hình “đã chuyển khoản” mà phải xem thông báo "
                "thật từ ngân hàng; không cung cấp mã xác thực cho bất kỳ ai."
            ),
            _p(
                "Mô hình đang được nhân rộng ra các chợ xã Khánh Hòa và Mường Lai. Ban quản lý chợ "
                "đặt mục tiêu đến cuối năm 2025 có ít nhất 90% tiểu thương cố định nhận thanh toán "
                "bằng mã QR."
            ),
        ],
        published_on=date(2025, 6, 25),
        author_unit="Báo Yên Bái",
        tags=[TAG_CASHLESS, TAG_SCAM],
        image_theme="market",
        image_alt="Minh hoạ: người mua quét mã QR trên giá đỡ tại sạp rau ở chợ",
        unit_codes=["04303"],
    ),
    DemoArticle(
        section="practices",
        slug="he-nay-chau-day-ong-ba-dung-dien-thoai",
        title="“Hè này, cháu dạy ông bà”: bài học số ấm áp ở Lương Thịnh",
        summary=(
            "240 học sinh trung học cơ sở ở xã Lương Thịnh dành kỳ nghỉ hè hướng dẫn 310 ông bà "
            "dùng điện thoại thông minh; mỗi cháu nhận một “sổ tay học trò” ghi lại tiến bộ của "
            "ông bà."
        ),
        body=[
            _p(
                "Ý tưởng bắt đầu từ một buổi sinh hoạt Đội cuối năm học: cô Tổng phụ trách hỏi cả "
                "trường có bao nhiêu bạn ở cùng ông bà, và ông bà đã biết gọi video cho bố mẹ các "
                "bạn đang đi làm ở xa chưa. Hơn một nửa số cánh tay giơ lên ở câu hỏi đầu, rất ít "
                "ở câu hỏi sau. Từ đó, mô hình <b>“Hè này, cháu dạy ông bà”</b> ra đời ở xã Lương "
                "Thịnh."
            ),
            _h("Mỗi tuần một bài, mỗi bài một việc có ích"),
            _list(
                "Tuần 1: gọi điện, gọi video, lưu số của con cháu.",
                "Tuần 2: chụp ảnh, gửi ảnh cho người thân, tăng cỡ chữ cho dễ đọc.",
                "Tuần 3: mở VNeID xem thẻ bảo hiểm y tế; nghe đài, xem thời tiết.",
                "Tuần 4: nhận biết cuộc gọi lạ, tin nhắn lừa đảo; không bấm đường dẫn lạ.",
                "Tuần 5: ông bà tự làm lại tất cả, cháu chỉ ngồi xem và chấm điểm.",
            ),
            _p(
                "Mỗi học sinh được phát một cuốn “sổ tay học trò”, trong đó ông bà là học trò và "
                "cháu là thầy giáo. Cuối hè, nhà trường tổ chức buổi “bế giảng” để các cặp ông bà "
                "– cháu cùng lên sân khấu biểu diễn một việc đã học. Có <b>240 học sinh và 310 ông "
                "bà</b> tham gia; 262 ông bà tự thực hiện được ít nhất bốn trong năm bài."
            ),
            _quote(
                "Cháu bảo bà bấm vào nút màu xanh, bà bấm nhầm mãi. Nhưng cháu không cáu, cứ kiên "
                "nhẫn chỉ lại. Bây giờ tối nào bà cũng gọi video cho bố mẹ cháu ở Bắc Ninh.",
                "Bà Lê Thị Hoa, 71 tuổi, xã Lương Thịnh",
            ),
            _p(
                "Em Nguyễn Minh Anh, học sinh lớp 8, chia sẻ điều em học được là phải nói chậm, "
                "nói ít thuật ngữ và để ông bà tự bấm thay vì làm hộ. Đó cũng là bài học mà tổ "
                "công nghệ số cộng đồng của xã đang áp dụng."
            ),
            _p(
                "Sở Giáo dục và Đào tạo đã đề nghị các trường trong tỉnh tham khảo mô hình này cho "
                "hoạt động hè năm 2026, đồng thời biên soạn mẫu “sổ tay học trò” để các trường "
                "dùng chung."
            ),
        ],
        published_on=date(2025, 8, 27),
        author_unit="UBND xã Lương Thịnh",
        tags=[TAG_ELDERLY, TAG_STUDENTS, TAG_SKILLS],
        image_theme="elderly",
        image_alt="Minh hoạ: cháu gái hướng dẫn bà gọi video trên điện thoại ở hiên nhà",
        unit_codes=["04537"],
    ),
    DemoArticle(
        section="practices",
        slug="nhom-tro-chuyen-truong-thon-xa-yen-binh",
        title="Nhóm trò chuyện của trưởng thôn: tin của xã đến từng nhà trong 15 phút",
        summary=(
            "Xã Yên Bình lập nhóm Zalo gồm 46 trưởng thôn, tổ trưởng tổ dân phố và cán bộ xã; "
            "thông báo quan trọng được chuyển đến người dân nhanh, đúng và có xác nhận đã nhận."
        ),
        body=[
            _p(
                "Sau khi sắp xếp đơn vị hành chính, xã Yên Bình (tỉnh Lào Cai) được hình thành từ "
                "thị trấn Yên Bình và các xã Tân Hương, Đại Đồng, Thịnh Hưng cũ. Địa bàn rộng, "
                "nhiều thôn mới thay đổi người phụ trách, việc truyền đạt thông tin bằng giấy mời "
                "hay loa truyền thanh không còn theo kịp."
            ),
            _p(
                "Từ tháng 8/2025, Ủy ban nhân dân xã lập một <b>nhóm trò chuyện trên Zalo</b> gồm "
                "46 trưởng thôn, tổ trưởng tổ dân phố và cán bộ phụ trách từng lĩnh vực. Mỗi "
                "trưởng thôn lại có nhóm riêng với các hộ trong thôn mình."
            ),
            _h("Ba quy tắc đơn giản"),
            _list(
                "Mỗi thông báo không quá năm dòng, nói rõ việc gì, ai cần làm, hạn khi nào, hỏi "
                "ai.",
                (
                    "Chỉ cán bộ được phân công mới đăng thông báo chính thức; mọi người khác trao "
                    "đổi ở phần trả lời."
                ),
                (
                    "Trưởng thôn bấm biểu tượng xác nhận khi đã chuyển tin cho thôn; sau 15 phút "
                    "chưa thấy, cán bộ gọi điện hỏi."
                ),
            ),
            _p(
                "Nhóm đã chứng minh hiệu quả trong đợt mưa lớn tháng 9/2025: cảnh báo sạt lở được "
                "chuyển tới tất cả các thôn trong vòng 15 phút, các hộ ở vùng nguy hiểm được di "
                "chuyển kịp thời. Lịch tiêm chủng, lịch thu thuế đất, hạn nộp hồ sơ hỗ trợ cũng "
                "đến tay người dân đầy đủ hơn."
            ),
            _quote(
                "Trước phải đạp xe đi báo từng nhà, có hôm mất cả buổi. Giờ nhắn một lần, nhà nào "
                "chưa xem thì tôi mới phải qua.",
                "Ông Phạm Văn Tiến, trưởng thôn ở xã Yên Bình",
            ),
            _h("Giữ an toàn cho nhóm"),
            _p(
                "Xã quy định không đăng số căn cước, ảnh giấy tờ cá nhân của người dân lên nhóm; "
                "không chia sẻ đường dẫn không rõ nguồn; chỉ quản trị viên được thêm thành viên "
                "mới. Các thông báo chính thức đồng thời được đăng trên trang thông tin của xã để "
                "người dân đối chiếu khi nghi ngờ tin giả mạo."
            ),
        ],
        published_on=date(2025, 10, 8),
        author_unit="UBND xã Yên Bình",
        tags=[TAG_COMMUNITY_TEAM, TAG_OFFICIALS],
        image_theme="phone",
        image_alt=(
            "Minh hoạ: trưởng thôn đọc thông báo của xã trên nhóm trò chuyện trong điện thoại"
        ),
        unit_codes=["04714"],
    ),
    DemoArticle(
        section="practices",
        slug="hop-tac-xa-che-shan-tuyet-suoi-giang-ban-hang-truc-tuyen",
        title="Chè Shan tuyết Suối Giàng xuống núi bằng đơn hàng trực tuyến",
        summary=(
            "Một hợp tác xã chè của đồng bào Mông ở khu vực Suối Giàng, xã Văn Chấn đã tăng gần "
            "gấp đôi doanh thu nhờ bán hàng trực tuyến, gắn mã truy xuất nguồn gốc và phát trực "
            "tiếp ngay trên đồi chè cổ thụ."
        ),
        body=[
            _p(
                "Những cây chè Shan tuyết cổ thụ ở Suối Giàng từ lâu đã nổi tiếng, nhưng đường xa, "
                "thông tin ít nên giá bán chưa tương xứng. Năm 2025, một hợp tác xã chè của đồng "
                "bào Mông ở khu vực Suối Giàng, nay thuộc xã Văn Chấn (tỉnh Lào Cai), quyết định "
                "thử đưa sản phẩm lên mạng."
            ),
            _h("Từng bước lên sàn"),
            _list(
                "Tham gia lớp tập huấn kỹ năng số cho người lao động hợp tác xã; hai thành viên "
                "trẻ được cử học sâu về bán hàng trực tuyến.",
                (
                    "Mở gian hàng trên sàn thương mại điện tử và trang bán hàng riêng, chụp ảnh "
                    "sản phẩm ngay tại vườn chè."
                ),
                "Gắn mã QR truy xuất nguồn gốc: khách quét là thấy vườn chè, ngày hái, ngày sao.",
                (
                    "Mỗi tối thứ bảy phát trực tiếp cảnh sao chè bằng chảo gang, trả lời câu hỏi "
                    "của khách."
                ),
                "Ký hợp đồng với bưu điện để lấy hàng tận xưởng, thu tiền qua tài khoản.",
            ),
            _p(
                "Trong mười tháng đầu năm 2025, hợp tác xã bán được khoảng <b>3,2 tấn chè khô</b>, "
                "trong đó 45% qua kênh trực tuyến; doanh thu tăng khoảng 90% so với cùng kỳ. Mười "
                "hai hộ thành viên có thêm việc làm ổn định ở khâu đóng gói."
            ),
            _quote(
                "Khách ở thành phố không chỉ mua chè, họ muốn biết chè được làm thế nào. Mình cho "
                "họ xem cây chè trăm tuổi, xem bà con hái chè, họ tin và quay lại mua nữa.",
                "Anh Vàng A Chứ, Giám đốc hợp tác xã chè ở khu vực Suối Giàng",
            ),
            _p(
                "Bài học từ hợp tác xã là không cần đầu tư lớn: một chiếc điện thoại tốt, một "
                "người trẻ chịu học và sự trung thực về chất lượng. Hợp tác xã đang hướng dẫn hai "
                "hợp tác xã chè khác trong xã mở gian hàng, chuẩn bị cho mùa chè xuân năm 2026."
            ),
        ],
        published_on=date(2025, 11, 26),
        author_unit="Liên minh Hợp tác xã tỉnh Lào Cai",
        tags=[TAG_ECOMMERCE, TAG_WORKERS, TAG_ETHNIC],
        image_theme="farm",
        image_alt=(
            "Minh hoạ: thành viên hợp tác xã phát trực tiếp bên chảo sao chè trên đồi chè cổ thụ"
        ),
        unit_codes=["04672"],
    ),
    DemoArticle(
        section="practices",
        slug="goc-ho-tro-so-tai-trung-tam-hanh-chinh-cong-cat-thinh",
        title="Góc hỗ trợ số ở xã Cát Thịnh: đến làm thủ tục, về biết tự làm",
        summary=(
            "Tại Trung tâm phục vụ hành chính công xã Cát Thịnh, góc hỗ trợ số với hai máy tính và "
            "đoàn viên trực giúp người dân tự nộp hồ sơ; tỷ lệ hồ sơ trực tuyến tăng từ 31% lên "
            "64% sau bốn tháng."
        ),
        body=[
            _p(
                "Bước vào Trung tâm phục vụ hành chính công xã Cát Thịnh, người dân thấy ngay một "
                "chiếc bàn dài đặt hai máy tính, một máy quét giấy tờ và tấm biển “Góc hỗ trợ số – "
                "Hỏi gì cũng được”. Đây là mô hình xã triển khai từ tháng 9/2025."
            ),
            _h("Cách vận hành"),
            _list(
                "Mỗi ngày có một đoàn viên hoặc công chức trực, mặc áo có chữ “Hỗ trợ số” để người "
                "dân dễ nhận ra.",
                (
                    "Người dân được hướng dẫn tự đăng nhập bằng tài khoản VNeID và tự điền tờ "
                    "khai; người trực chỉ giải thích, không làm thay."
                ),
                (
                    "Giấy tờ giấy được quét miễn phí; hướng dẫn người dân lưu kết quả vào kho dữ "
                    "liệu cá nhân để lần sau không phải nộp lại."
                ),
                "Treo bảng hướng dẫn bằng hình ảnh cho năm thủ tục người dân hay làm nhất.",
            ),
            _p(
                "Sau bốn tháng, tỷ lệ hồ sơ được nộp trực tuyến tại xã tăng từ 31% lên <b>64%</b>. "
                "Điều đáng mừng là nhiều người lần thứ hai đã tự làm ở nhà, không cần ra xã. Thời "
                "gian chờ tại quầy giảm rõ rệt vào các ngày đầu tuần."
            ),
            _quote(
                "Lần đầu tôi ra xin xác nhận cho con đi học, cậu đoàn viên bảo bác ngồi đây cháu "
                "chỉ cho. Lần sau tôi làm ở nhà, chiều đã có kết quả gửi về điện thoại.",
                "Ông Hà Văn Toản, người dân xã Cát Thịnh",
            ),
            _p(
                "Chi phí cho góc hỗ trợ không lớn: máy tính được điều chuyển từ các cơ quan cũ sau "
                "sắp xếp, bàn ghế tận dụng. Cái quý nhất là con người. Xã đã lập danh sách mười "
                "đoàn viên luân phiên trực, mỗi người được tập huấn hai buổi về dịch vụ công trực "
                "tuyến và kỹ năng giao tiếp với người cao tuổi."
            ),
            _p(
                "Theo hướng dẫn tại Chỉ thị số 12/CT-UBND của Chủ tịch Ủy ban nhân dân tỉnh, mô "
                "hình góc hỗ trợ số đang được khuyến khích triển khai tại tất cả Trung tâm phục vụ "
                "hành chính công cấp xã."
            ),
        ],
        published_on=date(2026, 1, 14),
        author_unit="UBND xã Cát Thịnh",
        tags=[TAG_PUBLIC_SERVICES, TAG_VNEID, TAG_OFFICIALS],
        image_theme="office",
        image_alt=(
            "Minh hoạ: đoàn viên áo xanh ngồi cạnh người dân lớn tuổi điền tờ khai trên máy tính"
        ),
        unit_codes=["04693"],
    ),
    DemoArticle(
        section="practices",
        slug="lop-chong-lua-dao-sang-chu-nhat-phuong-nam-cuong",
        title="Lớp chống lừa đảo sáng Chủ nhật ở phường Nam Cường",
        summary=(
            "Mỗi sáng Chủ nhật, Công an phường Nam Cường mở lớp 45 phút tại nhà văn hóa tổ dân "
            "phố, kể lại các vụ lừa đảo có thật trên địa bàn; sau 12 buổi, nhiều người đã tự nhận "
            "ra và báo lại các cuộc gọi giả mạo."
        ),
        body=[
            _p(
                "Năm 2025, trên địa bàn phường Nam Cường xảy ra nhiều vụ người dân bị lừa qua điện "
                "thoại: giả danh công an yêu cầu “cập nhật định danh”, giả nhân viên điện lực dọa "
                "cắt điện, tuyển cộng tác viên làm việc nhẹ lương cao. Người bị hại phần lớn là "
                "người cao tuổi và phụ nữ ở nhà nội trợ."
            ),
            _p(
                "Từ tháng 1/2026, Công an phường phối hợp với Hội Người cao tuổi và Hội Liên hiệp "
                "Phụ nữ mở <b>lớp chống lừa đảo sáng Chủ nhật</b>. Mỗi buổi 45 phút, tổ chức luân "
                "phiên tại nhà văn hóa các tổ dân phố, bắt đầu lúc 8 giờ để không ảnh hưởng việc "
                "đi chợ, đi lễ của bà con."
            ),
            _h("Một buổi học gồm gì?"),
            _list(
                "Kể lại một vụ lừa đảo có thật vừa xảy ra trong tỉnh, đã được xin phép và che "
                "thông tin người bị hại.",
                (
                    "Nghe lại đoạn ghi âm cuộc gọi giả mạo, cùng tìm những câu “báo động”: chuyển "
                    "tiền gấp, giữ bí mật, cài ứng dụng lạ."
                ),
                (
                    "Thực hành trên điện thoại: chặn số lạ, kiểm tra đường dẫn, tra cứu cảnh báo "
                    "lừa đảo trên trang chính thống."
                ),
                (
                    "Ghi nhớ ba câu: không chuyển tiền khi chưa gọi lại người thân; không đọc mã "
                    "xác thực cho ai; không cài ứng dụng theo hướng dẫn qua điện thoại."
                ),
            ),
            _p(
                "Sau <b>12 buổi</b> với khoảng 700 lượt người dự, Công an phường đã nhận 23 tin "
                "báo của người dân về các cuộc gọi, tin nhắn nghi lừa đảo. Ít nhất ba trường hợp "
                "đang chuẩn bị chuyển tiền đã kịp dừng lại nhờ người thân từng dự lớp nhắc nhở."
            ),
            _quote(
                "Chúng tôi không dạy lý thuyết. Cứ kể chuyện thật, người thật ở ngay tổ dân phố "
                "bên cạnh là bà con nhớ lâu nhất.",
                "Thiếu tá Trần Quang Huy, Phó Trưởng Công an phường Nam Cường",
            ),
            _p(
                "Phường đang ghi hình các buổi học thành video ngắn để phát trên nhóm trò chuyện "
                "của tổ dân phố, giúp người đi làm ngày Chủ nhật cũng xem được."
            ),
        ],
        published_on=date(2026, 4, 19),
        author_unit="Công an tỉnh Lào Cai",
        tags=[TAG_SCAM, TAG_ELDERLY],
        image_theme="security",
        image_alt=(
            "Minh hoạ: cán bộ công an nói chuyện với người cao tuổi tại nhà văn hóa tổ dân phố"
        ),
        unit_codes=["04273"],
    ),
    DemoArticle(
        section="practices",
        slug="video-huong-dan-tieng-mong-xa-pung-luong",
        title="Video hướng dẫn bằng tiếng Mông: “lớp học” trong túi áo ở Púng Luông",
        summary=(
            "Đoàn Thanh niên xã Púng Luông làm 24 video ngắn bằng tiếng Mông hướng dẫn dùng dịch "
            "vụ số, phát qua loa truyền thanh và nhóm trò chuyện của các thôn; nhiều người xem đi "
            "xem lại đến khi tự làm được."
        ),
        body=[
            _p(
                "Xã Púng Luông (tỉnh Lào Cai) được hình thành từ các xã La Pán Tẩn, Dế Su Phình, "
                "Púng Luông và Nậm Khắt cũ, nơi có những ruộng bậc thang đẹp nổi tiếng. Phần lớn "
                "người dân là đồng bào Mông; nhiều người lớn tuổi không đọc được chữ phổ thông nên "
                "tài liệu giấy ít tác dụng."
            ),
            _p(
                "Năm 2026, Đoàn Thanh niên xã nảy ra ý tưởng: thay vì phát tờ rơi, hãy làm "
                "<b>video ngắn bằng tiếng Mông</b>, mỗi video không quá ba phút, quay bằng điện "
                "thoại, người hướng dẫn là chính thanh niên trong bản. Đến tháng 8/2026 đã có 24 "
                "video."
            ),
            _h("Một số video được xem nhiều nhất"),
            _list(
                "Mở VNeID và xem thẻ bảo hiểm y tế của cả nhà.",
                "Nhận tiền bán lúa, bán thảo quả qua tài khoản; đọc tin báo số dư.",
                "Khi có người gọi xưng là công an, ngân hàng: làm gì, không làm gì.",
                "Đăng ký khai sinh cho con trên điện thoại.",
                "Xem dự báo thời tiết, cảnh báo mưa lũ.",
            ),
            _p(
                "Video được phát trên nhóm trò chuyện của các thôn và phát lại qua loa truyền "
                "thanh vào giờ cơm chiều. Cán bộ văn hóa xã cho biết một số video có hơn 2.000 "
                "lượt xem, nhiều người lưu lại để xem lúc đi nương."
            ),
            _quote(
                "Có cụ bảo xem video thấy cháu trong bản nói tiếng mình thì tin, không sợ bị lừa. "
                "Xem năm lần là cụ tự làm được.",
                "Anh Lý A Dơ, Bí thư Đoàn xã Púng Luông",
            ),
            _p(
                "Từ kinh nghiệm này, Sở Khoa học và Công nghệ đang phối hợp với các xã vùng cao để "
                "xây dựng kho video hướng dẫn bằng tiếng Mông, tiếng Dao, tiếng Tày, tiếng Thái, "
                "dùng chung cho toàn tỉnh và đăng tải trên Cổng thông tin phong trào."
            ),
        ],
        published_on=date(2026, 8, 12),
        author_unit="UBND xã Púng Luông",
        tags=[TAG_ETHNIC, TAG_COMMUNITY_TEAM, TAG_VNEID],
        image_theme="village",
        image_alt=(
            "Minh hoạ: thanh niên người Mông quay video hướng dẫn bằng điện thoại bên ruộng bậc "
            "thang"
        ),
        unit_codes=["04492"],
    ),
]
