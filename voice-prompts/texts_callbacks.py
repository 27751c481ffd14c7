# The callback prompts (issue 20 item 1): offered on hold, the number, the booking, and the call back itself.
# Merged into each language's table by build_manifest.py. {digits}: the last four digits, spaced; {language}, {day},
# {time}: as in after-hours.
T = {}
T["ko"] = {
 "callback-offer": "기다리지 않고 순서를 그대로 유지한 채 상담원의 전화를 받으시려면 2번을 눌러 주십시오.",
 "callback-confirm": "끝자리가 {digits}인 번호로 다시 전화드리겠습니다. 맞으면 1번을, 다른 번호로 받으시려면 번호를 누른 후 우물 정자를 눌러 주십시오.",
 "callback-enter-number": "발신 번호가 표시되지 않습니다. 다시 전화받으실 번호를 지역 번호부터 누른 후 우물 정자를 눌러 주십시오.",
 "callback-invalid-number": "올바른 전화번호가 아닙니다.",
 "callback-booked": "감사합니다. 차례가 되면 1345 상담원이 전화를 드립니다. 대기 순서는 그대로 유지됩니다.",
 "callback-booked-later": "감사합니다. 차례가 오기 전에 {language} 상담이 끝나므로, 상담이 시작되는 {day} {time}, 한국 시간 이후에 전화를 드리겠습니다.",
 "callback-calling": "안녕하십니까. 외국인종합안내센터 1345에서 요청하신 전화를 드립니다. 지금 상담원과 통화하시려면 1번을 눌러 주십시오.",
}
T["en"] = {
 "callback-offer": "To be called back instead of waiting, without losing your place in line, press 2.",
 "callback-confirm": "We will call you back at the number ending in {digits}. To confirm, press 1. To use another number, enter it and then press the hash key.",
 "callback-enter-number": "We cannot see the number you are calling from. Please enter the number to call you back at, with its area code, and then press the hash key.",
 "callback-invalid-number": "That is not a valid phone number.",
 "callback-booked": "Thank you. A 1345 counselor will call you back when it is your turn. You keep your place in line.",
 "callback-booked-later": "Thank you. Counselling in {language} closes before your turn, so we will call you back after it opens on {day} at {time}, Korea time.",
 "callback-calling": "Hello, this is 1345, the Immigration Contact Center, calling you back as you asked. To speak to a counselor now, press 1.",
}
T["zh"] = {
 "callback-offer": "如果您不想等待，希望保留排队顺序并由咨询员回电，请按2。",
 "callback-confirm": "我们将回电至尾号为{digits}的号码。确认请按1；如需使用其他号码，请输入号码后按井号键。",
 "callback-enter-number": "无法显示您的来电号码。请输入回电号码（含区号），然后按井号键。",
 "callback-invalid-number": "该电话号码无效。",
 "callback-booked": "谢谢。轮到您时，1345咨询员将给您回电，您的排队顺序保持不变。",
 "callback-booked-later": "谢谢。在轮到您之前{language}咨询将结束服务，我们将在韩国时间{day}{time}开始服务后给您回电。",
 "callback-calling": "您好，这里是外国人综合服务中心1345，按您的要求给您回电。现在与咨询员通话请按1。",
}
T["vi"] = {
 "callback-offer": "Để được gọi lại thay vì chờ máy mà vẫn giữ nguyên thứ tự, bấm 2.",
 "callback-confirm": "Chúng tôi sẽ gọi lại cho bạn theo số có đuôi {digits}. Để xác nhận, bấm 1. Để dùng số khác, nhập số rồi bấm phím thăng.",
 "callback-enter-number": "Chúng tôi không thấy số điện thoại của bạn. Vui lòng nhập số để gọi lại, kèm mã vùng, rồi bấm phím thăng.",
 "callback-invalid-number": "Số điện thoại không hợp lệ.",
 "callback-booked": "Cảm ơn bạn. Tư vấn viên 1345 sẽ gọi lại khi đến lượt bạn. Thứ tự của bạn vẫn được giữ nguyên.",
 "callback-booked-later": "Cảm ơn bạn. Tư vấn {language} sẽ đóng cửa trước khi đến lượt bạn, nên chúng tôi sẽ gọi lại sau khi mở cửa vào {day} lúc {time}, giờ Hàn Quốc.",
 "callback-calling": "Xin chào, đây là Trung tâm hỗ trợ người nước ngoài 1345 gọi lại theo yêu cầu của bạn. Để nói chuyện với tư vấn viên ngay, bấm 1.",
}
T["ja"] = {
 "callback-offer": "お待ちいただく代わりに、順番を保ったまま折り返しのお電話をご希望の方は2を押してください。",
 "callback-confirm": "末尾が{digits}の番号に折り返しお電話します。よろしければ1を、別の番号の場合は番号を入力してシャープを押してください。",
 "callback-enter-number": "発信番号が表示されていません。折り返し先の番号を市外局番から入力し、シャープを押してください。",
 "callback-invalid-number": "有効な電話番号ではありません。",
 "callback-booked": "ありがとうございます。順番が来ましたら1345の相談員からお電話します。順番はそのまま保たれます。",
 "callback-booked-later": "ありがとうございます。順番が来る前に{language}の相談受付が終了するため、韓国時間の{day}{time}の受付開始後にお電話します。",
 "callback-calling": "こちらは外国人総合案内センター1345です。ご依頼の折り返しのお電話です。今すぐ相談員とお話しになるには1を押してください。",
}
T["mn"] = {
 "callback-offer": "Хүлээхийн оронд дарааллаа хадгалан буцааж залгуулахыг хүсвэл 2 дарна уу.",
 "callback-confirm": "Бид {digits}-ээр төгссөн дугаарт буцааж залгана. Зөвшөөрвөл 1, өөр дугаар ашиглах бол дугаараа оруулаад тор товч дарна уу.",
 "callback-enter-number": "Таны дугаар харагдахгүй байна. Буцааж залгах дугаараа бүсийн кодын хамт оруулаад тор товч дарна уу.",
 "callback-invalid-number": "Энэ утасны дугаар буруу байна.",
 "callback-booked": "Баярлалаа. Таны ээлж ирэхэд 1345-ийн зөвлөх буцааж залгана. Таны дараалал хэвээр хадгалагдана.",
 "callback-booked-later": "Баярлалаа. Таны ээлж ирэхээс өмнө {language} зөвлөгөө хаагдах тул {day} {time}-д, Солонгосын цагаар, нээгдсэний дараа буцааж залгана.",
 "callback-calling": "Сайн байна уу, энэ бол Гадаадын иргэдийн лавлах төв 1345 байна, таны хүсэлтээр буцааж залгаж байна. Зөвлөхтэй одоо ярих бол 1 дарна уу.",
}
T["th"] = {
 "callback-offer": "หากต้องการให้โทรกลับแทนการรอสาย โดยยังคงลำดับคิวเดิม กด 2",
 "callback-confirm": "เราจะโทรกลับไปที่หมายเลขที่ลงท้ายด้วย {digits} ยืนยัน กด 1 หากต้องการใช้หมายเลขอื่น ให้กดหมายเลขแล้วกดเครื่องหมายสี่เหลี่ยม",
 "callback-enter-number": "ไม่พบหมายเลขโทรศัพท์ของท่าน กรุณากดหมายเลขที่ต้องการให้โทรกลับ พร้อมรหัสพื้นที่ แล้วกดเครื่องหมายสี่เหลี่ยม",
 "callback-invalid-number": "หมายเลขโทรศัพท์ไม่ถูกต้อง",
 "callback-booked": "ขอบคุณ เจ้าหน้าที่ 1345 จะโทรกลับเมื่อถึงคิวของท่าน ลำดับคิวของท่านยังคงเดิม",
 "callback-booked-later": "ขอบคุณ บริการภาษา{language}จะปิดก่อนถึงคิวของท่าน เราจะโทรกลับหลังเปิดให้บริการในวัน{day} เวลา {time} ตามเวลาเกาหลี",
 "callback-calling": "สวัสดีค่ะ ศูนย์บริการข้อมูลสำหรับชาวต่างชาติ 1345 โทรกลับตามที่ท่านขอไว้ หากต้องการคุยกับเจ้าหน้าที่ตอนนี้ กด 1",
}
T["id"] = {
 "callback-offer": "Untuk ditelepon kembali tanpa menunggu dan tanpa kehilangan urutan antrean, tekan 2.",
 "callback-confirm": "Kami akan menelepon kembali ke nomor yang berakhiran {digits}. Untuk mengonfirmasi, tekan 1. Untuk nomor lain, masukkan nomornya lalu tekan tanda pagar.",
 "callback-enter-number": "Nomor Anda tidak terlihat. Silakan masukkan nomor untuk dihubungi kembali, dengan kode area, lalu tekan tanda pagar.",
 "callback-invalid-number": "Nomor telepon tidak valid.",
 "callback-booked": "Terima kasih. Konselor 1345 akan menelepon Anda kembali saat giliran Anda tiba. Urutan antrean Anda tetap terjaga.",
 "callback-booked-later": "Terima kasih. Layanan {language} tutup sebelum giliran Anda, jadi kami akan menelepon kembali setelah buka pada {day} pukul {time}, waktu Korea.",
 "callback-calling": "Halo, ini 1345, Pusat Informasi Warga Asing, menelepon kembali sesuai permintaan Anda. Untuk berbicara dengan konselor sekarang, tekan 1.",
}
T["fr"] = {
 "callback-offer": "Pour être rappelé au lieu d'attendre, sans perdre votre place dans la file, tapez 2.",
 "callback-confirm": "Nous vous rappellerons au numéro se terminant par {digits}. Pour confirmer, tapez 1. Pour un autre numéro, composez-le puis tapez dièse.",
 "callback-enter-number": "Votre numéro n'est pas visible. Composez le numéro auquel vous rappeler, avec l'indicatif, puis tapez dièse.",
 "callback-invalid-number": "Ce numéro de téléphone n'est pas valide.",
 "callback-booked": "Merci. Un conseiller du 1345 vous rappellera quand ce sera votre tour. Vous gardez votre place dans la file.",
 "callback-booked-later": "Merci. Le service en {language} ferme avant votre tour : nous vous rappellerons après son ouverture, {day} à {time}, heure de Corée.",
 "callback-calling": "Bonjour, ici le 1345, le centre d'information pour les étrangers, qui vous rappelle comme demandé. Pour parler à un conseiller maintenant, tapez 1.",
}
T["ru"] = {
 "callback-offer": "Чтобы вам перезвонили вместо ожидания, с сохранением вашего места в очереди, нажмите 2.",
 "callback-confirm": "Мы перезвоним вам на номер, оканчивающийся на {digits}. Для подтверждения нажмите 1. Чтобы указать другой номер, введите его и нажмите решётку.",
 "callback-enter-number": "Ваш номер не определился. Введите номер для обратного звонка с кодом города и нажмите решётку.",
 "callback-invalid-number": "Неверный номер телефона.",
 "callback-booked": "Спасибо. Когда подойдёт ваша очередь, консультант 1345 вам перезвонит. Ваше место в очереди сохраняется.",
 "callback-booked-later": "Спасибо. Консультации на языке «{language}» закончатся раньше, чем подойдёт ваша очередь, поэтому мы перезвоним после открытия: {day} в {time} по корейскому времени.",
 "callback-calling": "Здравствуйте, это справочный центр для иностранцев 1345, перезваниваем по вашей просьбе. Чтобы поговорить с консультантом сейчас, нажмите 1.",
}
T["ne"] = {
 "callback-offer": "पर्खनुको सट्टा लाइनमा आफ्नो स्थान नगुमाई फेरि फोन पाउन २ थिच्नुहोस्।",
 "callback-confirm": "हामी {digits} मा अन्त्य हुने नम्बरमा फेरि फोन गर्नेछौं। पुष्टि गर्न १ थिच्नुहोस्। अर्को नम्बरका लागि नम्बर थिचेर ह्यास कुञ्जी थिच्नुहोस्।",
 "callback-enter-number": "तपाईंको नम्बर देखिएन। फेरि फोन गर्नुपर्ने नम्बर क्षेत्र कोडसहित थिचेर ह्यास कुञ्जी थिच्नुहोस्।",
 "callback-invalid-number": "यो फोन नम्बर मान्य छैन।",
 "callback-booked": "धन्यवाद। तपाईंको पालो आएपछि १३४५ का परामर्शदाताले फेरि फोन गर्नुहुनेछ। लाइनमा तपाईंको स्थान कायम रहन्छ।",
 "callback-booked-later": "धन्यवाद। तपाईंको पालो आउनुअघि {language} परामर्श बन्द हुन्छ, त्यसैले {day} {time} बजे, कोरियाली समयअनुसार, खुलेपछि हामी फोन गर्नेछौं।",
 "callback-calling": "नमस्कार, यो विदेशी सूचना केन्द्र १३४५ हो, तपाईंको अनुरोधअनुसार फेरि फोन गरेका छौं। अहिले परामर्शदातासँग कुरा गर्न १ थिच्नुहोस्।",
}
T["km"] = {
 "callback-offer": "ដើម្បីឱ្យយើងហៅត្រឡប់មកវិញជំនួសការរង់ចាំ ដោយមិនបាត់វេនក្នុងជួរ ចុច ២។",
 "callback-confirm": "យើងនឹងហៅត្រឡប់ទៅលេខដែលបញ្ចប់ដោយ {digits}។ ដើម្បីបញ្ជាក់ ចុច ១។ ដើម្បីប្រើលេខផ្សេង សូមចុចលេខ រួចចុចសញ្ញា #។",
 "callback-enter-number": "យើងមិនឃើញលេខរបស់អ្នកទេ។ សូមចុចលេខដែលត្រូវហៅត្រឡប់ ជាមួយលេខកូដតំបន់ រួចចុចសញ្ញា #។",
 "callback-invalid-number": "លេខទូរស័ព្ទនេះមិនត្រឹមត្រូវទេ។",
 "callback-booked": "សូមអរគុណ។ អ្នកប្រឹក្សា 1345 នឹងហៅត្រឡប់មកវិញនៅពេលដល់វេនរបស់អ្នក។ វេនរបស់អ្នកក្នុងជួរនៅដដែល។",
 "callback-booked-later": "សូមអរគុណ។ សេវាភាសា{language}បិទមុនដល់វេនរបស់អ្នក ដូច្នេះយើងនឹងហៅត្រឡប់បន្ទាប់ពីបើកនៅថ្ងៃ{day} ម៉ោង {time} ម៉ោងកូរ៉េ។",
 "callback-calling": "សួស្តី នេះជាមជ្ឈមណ្ឌលព័ត៌មានជនបរទេស 1345 ហៅត្រឡប់មកវិញតាមការស្នើសុំរបស់អ្នក។ ដើម្បីនិយាយជាមួយអ្នកប្រឹក្សាឥឡូវនេះ ចុច ១។",
}
T["my"] = {
 "callback-offer": "စောင့်မနေဘဲ တန်းစီအစီအစဉ်မပျက်စေဘဲ ပြန်ခေါ်စေလိုပါက ၂ ကိုနှိပ်ပါ။",
 "callback-confirm": "{digits} ဖြင့်ဆုံးသော နံပါတ်သို့ ပြန်ခေါ်ပါမည်။ အတည်ပြုရန် ၁ ကိုနှိပ်ပါ။ အခြားနံပါတ်အတွက် နံပါတ်ကိုနှိပ်ပြီး # ကိုနှိပ်ပါ။",
 "callback-enter-number": "သင့်ဖုန်းနံပါတ်ကို မမြင်ရပါ။ ပြန်ခေါ်ရမည့်နံပါတ်ကို ဒေသကုဒ်နှင့်တကွနှိပ်ပြီး # ကိုနှိပ်ပါ။",
 "callback-invalid-number": "ဤဖုန်းနံပါတ်သည် မှန်ကန်မှုမရှိပါ။",
 "callback-booked": "ကျေးဇူးတင်ပါသည်။ သင့်အလှည့်ရောက်သောအခါ 1345 အကြံပေးက ပြန်ခေါ်ပါမည်။ သင့်တန်းစီအစီအစဉ် မပျက်ပါ။",
 "callback-booked-later": "ကျေးဇူးတင်ပါသည်။ သင့်အလှည့်မရောက်မီ {language} ဝန်ဆောင်မှု ပိတ်မည်ဖြစ်၍ {day} {time} ကိုရီးယားစံတော်ချိန်တွင် ဖွင့်ပြီးနောက် ပြန်ခေါ်ပါမည်။",
 "callback-calling": "မင်္ဂလာပါ၊ ဤသည်မှာ နိုင်ငံခြားသားသတင်းအချက်အလက်စင်တာ 1345 ဖြစ်ပြီး သင့်တောင်းဆိုချက်အတိုင်း ပြန်ခေါ်ခြင်းဖြစ်ပါသည်။ အကြံပေးနှင့် ယခုစကားပြောရန် ၁ ကိုနှိပ်ပါ။",
}
T["tl"] = {
 "callback-offer": "Para matawagan muli sa halip na maghintay, nang hindi nawawala ang iyong puwesto sa pila, pindutin ang 2.",
 "callback-confirm": "Tatawagan ka namin muli sa numerong nagtatapos sa {digits}. Para kumpirmahin, pindutin ang 1. Para sa ibang numero, ilagay ito at pindutin ang hash key.",
 "callback-enter-number": "Hindi namin makita ang iyong numero. Ilagay ang numerong tatawagan namin, kasama ang area code, at pindutin ang hash key.",
 "callback-invalid-number": "Hindi wasto ang numerong ito.",
 "callback-booked": "Salamat. Tatawagan ka muli ng counselor ng 1345 kapag ikaw na. Nananatili ang iyong puwesto sa pila.",
 "callback-booked-later": "Salamat. Magsasara ang serbisyo sa {language} bago ka maabot, kaya tatawagan ka namin pagbukas nito sa {day} nang {time}, oras sa Korea.",
 "callback-calling": "Hello, ito ang 1345, ang Immigration Contact Center, tumatawag muli gaya ng iyong hiniling. Para makausap ang isang counselor ngayon, pindutin ang 1.",
}
T["si"] = {
 "callback-offer": "රැඳී සිටීම වෙනුවට, පෝලිමේ ඔබේ ස්ථානය නොනැති කර නැවත ඇමතුමක් ලබා ගැනීමට 2 ඔබන්න.",
 "callback-confirm": "අපි {digits} න් අවසන් වන අංකයට නැවත අමතන්නෙමු. තහවුරු කිරීමට 1 ඔබන්න. වෙනත් අංකයක් සඳහා එය ඇතුළත් කර හෑෂ් යතුර ඔබන්න.",
 "callback-enter-number": "ඔබේ අංකය පෙනෙන්නේ නැත. නැවත ඇමතිය යුතු අංකය ප්‍රදේශ කේතය සමඟ ඇතුළත් කර හෑෂ් යතුර ඔබන්න.",
 "callback-invalid-number": "මෙම දුරකථන අංකය වලංගු නැත.",
 "callback-booked": "ස්තූතියි. ඔබේ වාරය පැමිණි විට 1345 උපදේශකයෙකු ඔබට නැවත අමතනු ඇත. පෝලිමේ ඔබේ ස්ථානය එලෙසම පවතී.",
 "callback-booked-later": "ස්තූතියි. ඔබේ වාරයට පෙර {language} සේවාව වැසෙන බැවින්, {day} {time} ට, කොරියානු වේලාවෙන්, විවෘත වූ පසු අපි ඔබට අමතන්නෙමු.",
 "callback-calling": "ආයුබෝවන්, මෙය විදේශිකයින් සඳහා තොරතුරු මධ්‍යස්ථානය 1345 යි, ඔබගේ ඉල්ලීම පරිදි නැවත අමතමු. දැන් උපදේශකයෙකු සමඟ කතා කිරීමට 1 ඔබන්න.",
}
T["ar"] = {
 "callback-offer": "لمعاودة الاتصال بك بدلاً من الانتظار، مع الاحتفاظ بدورك في الطابور، اضغط 2.",
 "callback-confirm": "سنعاود الاتصال بك على الرقم المنتهي بـ {digits}. للتأكيد اضغط 1. لاستخدام رقم آخر أدخله ثم اضغط مفتاح المربع.",
 "callback-enter-number": "لا يظهر رقمك لدينا. أدخل الرقم الذي نعاود الاتصال بك عليه مع رمز المنطقة ثم اضغط مفتاح المربع.",
 "callback-invalid-number": "رقم الهاتف هذا غير صالح.",
 "callback-booked": "شكراً لك. سيعاود مستشار من 1345 الاتصال بك عندما يحين دورك. يبقى دورك في الطابور محفوظاً.",
 "callback-booked-later": "شكراً لك. تُغلق خدمة {language} قبل أن يحين دورك، لذا سنعاود الاتصال بك بعد افتتاحها يوم {day} الساعة {time} بتوقيت كوريا.",
 "callback-calling": "مرحباً، هنا 1345، مركز المعلومات للأجانب، نعاود الاتصال بك كما طلبت. للتحدث إلى مستشار الآن اضغط 1.",
}
T["uz"] = {
 "callback-offer": "Kutish o'rniga, navbatdagi o'rningizni saqlagan holda qayta qo'ng'iroq olish uchun 2 ni bosing.",
 "callback-confirm": "Sizga {digits} bilan tugaydigan raqamga qayta qo'ng'iroq qilamiz. Tasdiqlash uchun 1 ni bosing. Boshqa raqam uchun uni kiriting va panjara tugmasini bosing.",
 "callback-enter-number": "Raqamingiz ko'rinmayapti. Qayta qo'ng'iroq qilinadigan raqamni hudud kodi bilan kiriting va panjara tugmasini bosing.",
 "callback-invalid-number": "Bu telefon raqami noto'g'ri.",
 "callback-booked": "Rahmat. Navbatingiz kelganda 1345 maslahatchisi sizga qayta qo'ng'iroq qiladi. Navbatdagi o'rningiz saqlanadi.",
 "callback-booked-later": "Rahmat. Navbatingiz kelguncha {language} maslahati yopiladi, shuning uchun u {day} kuni soat {time} da, Koreya vaqti bilan, ochilgandan keyin qo'ng'iroq qilamiz.",
 "callback-calling": "Assalomu alaykum, bu chet elliklar uchun ma'lumot markazi 1345, so'rovingizga ko'ra qayta qo'ng'iroq qilmoqdamiz. Hozir maslahatchi bilan gaplashish uchun 1 ni bosing.",
}
T["bn"] = {
 "callback-offer": "অপেক্ষা না করে, লাইনে আপনার জায়গা না হারিয়ে আবার ফোন পেতে ২ চাপুন।",
 "callback-confirm": "আমরা {digits} দিয়ে শেষ হওয়া নম্বরে আবার ফোন করব। নিশ্চিত করতে ১ চাপুন। অন্য নম্বরের জন্য নম্বরটি দিয়ে হ্যাশ চাপুন।",
 "callback-enter-number": "আপনার নম্বর দেখা যাচ্ছে না। যে নম্বরে আবার ফোন করব তা এলাকা কোডসহ দিয়ে হ্যাশ চাপুন।",
 "callback-invalid-number": "এই ফোন নম্বরটি সঠিক নয়।",
 "callback-booked": "ধন্যবাদ। আপনার পালা এলে ১৩৪৫-এর একজন পরামর্শদাতা আবার ফোন করবেন। লাইনে আপনার জায়গা বজায় থাকবে।",
 "callback-booked-later": "ধন্যবাদ। আপনার পালা আসার আগে {language} পরামর্শ বন্ধ হয়ে যাবে, তাই {day} {time}-এ, কোরিয়ার সময়, খোলার পর আমরা ফোন করব।",
 "callback-calling": "নমস্কার, এটি বিদেশিদের তথ্যকেন্দ্র ১৩৪৫, আপনার অনুরোধে আবার ফোন করছি। এখনই পরামর্শদাতার সাথে কথা বলতে ১ চাপুন।",
}
T["ur"] = {
 "callback-offer": "انتظار کے بجائے، قطار میں اپنی جگہ برقرار رکھتے ہوئے واپس کال کے لیے 2 دبائیں۔",
 "callback-confirm": "ہم آپ کو {digits} پر ختم ہونے والے نمبر پر واپس کال کریں گے۔ تصدیق کے لیے 1 دبائیں۔ دوسرے نمبر کے لیے نمبر درج کر کے ہیش دبائیں۔",
 "callback-enter-number": "آپ کا نمبر نظر نہیں آ رہا۔ واپس کال کے لیے نمبر ایریا کوڈ کے ساتھ درج کریں اور ہیش دبائیں۔",
 "callback-invalid-number": "یہ فون نمبر درست نہیں ہے۔",
 "callback-booked": "شکریہ۔ آپ کی باری آنے پر 1345 کا مشیر آپ کو واپس کال کرے گا۔ قطار میں آپ کی جگہ برقرار رہے گی۔",
 "callback-booked-later": "شکریہ۔ آپ کی باری سے پہلے {language} سروس بند ہو جائے گی، اس لیے {day} کو {time} بجے، کوریا کے وقت کے مطابق، کھلنے کے بعد ہم کال کریں گے۔",
 "callback-calling": "السلام علیکم، یہ غیر ملکیوں کا معلوماتی مرکز 1345 ہے، آپ کی درخواست پر واپس کال کر رہے ہیں۔ ابھی مشیر سے بات کرنے کے لیے 1 دبائیں۔",
}
T["kk"] = {
 "callback-offer": "Күтудің орнына, кезектегі орныңызды сақтап, кері қоңырау алу үшін 2-ні басыңыз.",
 "callback-confirm": "Сізге {digits} деп аяқталатын нөмірге кері қоңырау шаламыз. Растау үшін 1-ді басыңыз. Басқа нөмір үшін оны енгізіп, тор белгісін басыңыз.",
 "callback-enter-number": "Нөміріңіз көрінбейді. Кері қоңырау шалатын нөмірді аймақ кодымен енгізіп, тор белгісін басыңыз.",
 "callback-invalid-number": "Бұл телефон нөмірі жарамсыз.",
 "callback-booked": "Рақмет. Кезегіңіз келгенде 1345 кеңесшісі сізге кері қоңырау шалады. Кезектегі орныңыз сақталады.",
 "callback-booked-later": "Рақмет. Кезегіңіз келгенше {language} кеңесі жабылады, сондықтан ол {day} күні сағат {time}-та, Корея уақытымен, ашылғаннан кейін қоңырау шаламыз.",
 "callback-calling": "Сәлеметсіз бе, бұл шетелдіктерге арналған ақпарат орталығы 1345, өтінішіңіз бойынша кері қоңырау шалып тұрмыз. Қазір кеңесшімен сөйлесу үшін 1-ді басыңыз.",
}
