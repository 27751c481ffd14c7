# The maximum wait (issue 20 item 3): once a caller waited their language's MaxWait, the hold loop offers the outcome
# operations chose (2 a callback, 3 a message, 4 another language), and confirms key 4. Merged into each language's
# table by build_manifest.py. {language}: the other language's name. Every text but English is written without a
# native speaker's check.
T = {}
def texts(callback, message, language, accepted):
    return {"max-wait-callback": callback, "max-wait-message": message, "max-wait-language": language, "overflow-accepted": accepted}
T["ko"] = texts(
 "오래 기다리셨습니다. 대기 순서를 유지한 채 상담원의 전화를 받으시려면 2번을 눌러 주십시오.",
 "오래 기다리셨습니다. 메시지를 남기시려면 3번을 눌러 주십시오.",
 "오래 기다리셨습니다. {language} 상담원과 대신 통화하시려면 4번을 눌러 주십시오. 지금의 대기 순서는 그대로 유지됩니다.",
 "감사합니다. {language} 또는 고객님의 언어로 가장 먼저 연결되는 상담원이 전화를 받겠습니다.")
T["en"] = texts(
 "You have waited a long time. To be called back without losing your place, press 2.",
 "You have waited a long time. To leave a message, press 3.",
 "You have waited a long time. To speak to a counselor in {language} instead, press 4; you keep your place in this line.",
 "Thank you; the first counselor free in {language} or in your language will take your call.")
T["zh"] = texts(
 "您已等待很久。如需保留排队顺序并由咨询员回电，请按2。",
 "您已等待很久。如需留言，请按3。",
 "您已等待很久。如需改由{language}咨询员接听，请按4；您在此队列中的顺序保持不变。",
 "谢谢。第一位有空的{language}或您所用语言的咨询员将接听您的电话。")
T["vi"] = texts(
 "Bạn đã chờ lâu. Để được gọi lại mà vẫn giữ nguyên thứ tự, bấm 2.",
 "Bạn đã chờ lâu. Để để lại lời nhắn, bấm 3.",
 "Bạn đã chờ lâu. Để nói chuyện với tư vấn viên bằng {language} thay thế, bấm 4; bạn vẫn giữ nguyên thứ tự trong hàng chờ này.",
 "Cảm ơn bạn. Tư vấn viên {language} hoặc tư vấn viên ngôn ngữ của bạn rảnh đầu tiên sẽ nhận cuộc gọi của bạn.")
T["ja"] = texts(
 "長らくお待たせしております。順番を保ったまま折り返しのお電話をご希望の方は2を押してください。",
 "長らくお待たせしております。メッセージを残すには3を押してください。",
 "長らくお待たせしております。代わりに{language}の相談員と話すには4を押してください。この列での順番はそのまま保たれます。",
 "ありがとうございます。最初に空いた{language}またはお客様の言語の相談員がお電話をお受けします。")
T["mn"] = texts(
 "Та удаан хүлээлээ. Дарааллаа алдалгүйгээр буцааж залгуулахыг хүсвэл 2 дарна уу.",
 "Та удаан хүлээлээ. Мессеж үлдээх бол 3 дарна уу.",
 "Та удаан хүлээлээ. Оронд нь {language} хэлний зөвлөхтэй ярих бол 4 дарна уу; энэ дараалал дахь таны байр хэвээр үлдэнэ.",
 "Баярлалаа. {language} эсвэл таны хэлний хамгийн түрүүнд чөлөөлөгдсөн зөвлөх таны дуудлагыг авна.")
T["th"] = texts(
 "คุณรอสายมานานแล้ว หากต้องการให้โทรกลับโดยไม่เสียลำดับ กด 2",
 "คุณรอสายมานานแล้ว หากต้องการฝากข้อความ กด 3",
 "คุณรอสายมานานแล้ว หากต้องการคุยกับเจ้าหน้าที่ภาษา{language}แทน กด 4 คุณยังคงลำดับเดิมในคิวนี้",
 "ขอบคุณ เจ้าหน้าที่ภาษา{language}หรือภาษาของคุณที่ว่างคนแรกจะรับสายของคุณ")
T["id"] = texts(
 "Anda telah menunggu lama. Untuk ditelepon kembali tanpa kehilangan antrean Anda, tekan 2.",
 "Anda telah menunggu lama. Untuk meninggalkan pesan, tekan 3.",
 "Anda telah menunggu lama. Untuk berbicara dengan konselor berbahasa {language}, tekan 4; Anda tetap di antrean ini.",
 "Terima kasih; konselor berbahasa {language} atau bahasa Anda yang pertama kali tersedia akan menerima panggilan Anda.")
T["fr"] = texts(
 "Vous attendez depuis longtemps. Pour être rappelé sans perdre votre place, appuyez sur 2.",
 "Vous attendez depuis longtemps. Pour laisser un message, appuyez sur 3.",
 "Vous attendez depuis longtemps. Pour parler plutôt à un conseiller en {language}, appuyez sur 4 ; vous gardez votre place dans cette file.",
 "Merci ; le premier conseiller disponible en {language} ou dans votre langue prendra votre appel.")
T["ru"] = texts(
 "Вы ждёте уже долго. Чтобы вам перезвонили без потери места в очереди, нажмите 2.",
 "Вы ждёте уже долго. Чтобы оставить сообщение, нажмите 3.",
 "Вы ждёте уже долго. Чтобы вместо этого поговорить с консультантом на языке {language}, нажмите 4; ваше место в этой очереди сохранится.",
 "Спасибо. Ваш звонок примет первый освободившийся консультант на языке {language} или на вашем языке.")
T["ne"] = texts(
 "तपाईंले लामो समय पर्खनुभयो। आफ्नो पालो नगुमाई फेरि फोन पाउन २ थिच्नुहोस्।",
 "तपाईंले लामो समय पर्खनुभयो। सन्देश छोड्न ३ थिच्नुहोस्।",
 "तपाईंले लामो समय पर्खनुभयो। यसको सट्टा {language} परामर्शदातासँग कुरा गर्न ४ थिच्नुहोस्; यो लाइनमा तपाईंको पालो कायम रहन्छ।",
 "धन्यवाद। {language} वा तपाईंको भाषाका पहिले खाली हुने परामर्शदाताले तपाईंको फोन उठाउनुहुनेछ।")
T["km"] = texts(
 "អ្នកបានរង់ចាំយូរហើយ។ ដើម្បីឱ្យយើងហៅទៅវិញ ដោយមិនបាត់វេនរបស់អ្នក សូមចុច ២។",
 "អ្នកបានរង់ចាំយូរហើយ។ ដើម្បីទុកសារ សូមចុច ៣។",
 "អ្នកបានរង់ចាំយូរហើយ។ ដើម្បីនិយាយជាមួយអ្នកប្រឹក្សាភាសា{language}ជំនួសវិញ សូមចុច ៤។ អ្នកនៅតែរក្សាវេនរបស់អ្នកក្នុងជួរនេះ។",
 "សូមអរគុណ។ អ្នកប្រឹក្សាភាសា{language} ឬភាសារបស់អ្នក ដែលទំនេរមុនគេ នឹងទទួលការហៅរបស់អ្នក។")
T["my"] = texts(
 "သင် အကြာကြီး စောင့်ဆိုင်းခဲ့ရပါပြီ။ သင့်အလှည့်မဆုံးရှုံးဘဲ ပြန်လည်ဖုန်းခေါ်စေလိုပါက ၂ ကို နှိပ်ပါ။",
 "သင် အကြာကြီး စောင့်ဆိုင်းခဲ့ရပါပြီ။ မက်ဆေ့ချ် ချန်ထားခဲ့လိုပါက ၃ ကို နှိပ်ပါ။",
 "သင် အကြာကြီး စောင့်ဆိုင်းခဲ့ရပါပြီ။ ၎င်းအစား {language} ဘာသာ အကြံပေးနှင့် စကားပြောလိုပါက ၄ ကို နှိပ်ပါ။ ဤတန်းစီတွင် သင့်အလှည့် ဆက်ရှိနေပါမည်။",
 "ကျေးဇူးတင်ပါသည်။ {language} သို့မဟုတ် သင့်ဘာသာစကားဖြင့် ပထမဆုံးအားလပ်သော အကြံပေးက သင့်ဖုန်းကို ဖြေကြားပါမည်။")
T["tl"] = texts(
 "Matagal na po kayong naghihintay. Para matawagan pabalik nang hindi nawawala ang inyong puwesto, pindutin ang 2.",
 "Matagal na po kayong naghihintay. Para mag-iwan ng mensahe, pindutin ang 3.",
 "Matagal na po kayong naghihintay. Para makipag-usap sa counselor sa {language} sa halip, pindutin ang 4; mananatili ang inyong puwesto sa pila na ito.",
 "Salamat po; ang unang bakanteng counselor sa {language} o sa inyong wika ang sasagot sa inyong tawag.")
T["si"] = texts(
 "ඔබ දිගු වේලාවක් රැඳී සිටියා. ඔබේ ස්ථානය අහිමි නොවී නැවත ඇමතුමක් ලබා ගැනීමට 2 ඔබන්න.",
 "ඔබ දිගු වේලාවක් රැඳී සිටියා. පණිවිඩයක් තැබීමට 3 ඔබන්න.",
 "ඔබ දිගු වේලාවක් රැඳී සිටියා. ඒ වෙනුවට {language} උපදේශකයෙකු සමඟ කතා කිරීමට 4 ඔබන්න; මෙම පෝලිමේ ඔබේ ස්ථානය එලෙසම පවතී.",
 "ස්තුතියි; {language} හෝ ඔබේ භාෂාවෙන් මුලින්ම නිදහස් වන උපදේශකයා ඔබේ ඇමතුමට පිළිතුරු දෙනු ඇත.")
T["ar"] = texts(
 "لقد انتظرت طويلاً. لمعاودة الاتصال بك دون أن تفقد دورك، اضغط 2.",
 "لقد انتظرت طويلاً. لترك رسالة، اضغط 3.",
 "لقد انتظرت طويلاً. للتحدث بدلاً من ذلك مع مستشار باللغة {language}، اضغط 4؛ وستحتفظ بدورك في هذا الطابور.",
 "شكراً لك؛ سيتلقى مكالمتك أول مستشار يتفرغ باللغة {language} أو بلغتك.")
T["uz"] = texts(
 "Siz uzoq kutdingiz. Navbatingizni yo'qotmasdan qayta qo'ng'iroq qilinishi uchun 2 ni bosing.",
 "Siz uzoq kutdingiz. Xabar qoldirish uchun 3 ni bosing.",
 "Siz uzoq kutdingiz. Buning o'rniga {language} tilidagi maslahatchi bilan gaplashish uchun 4 ni bosing; bu navbatdagi o'rningiz saqlanadi.",
 "Rahmat; {language} yoki sizning tilingizda birinchi bo'shagan maslahatchi qo'ng'iroqingizga javob beradi.")
T["bn"] = texts(
 "আপনি অনেকক্ষণ অপেক্ষা করছেন। আপনার জায়গা না হারিয়ে ফিরতি কল পেতে ২ চাপুন।",
 "আপনি অনেকক্ষণ অপেক্ষা করছেন। বার্তা রাখতে ৩ চাপুন।",
 "আপনি অনেকক্ষণ অপেক্ষা করছেন। এর পরিবর্তে {language} ভাষার পরামর্শদাতার সাথে কথা বলতে ৪ চাপুন; এই লাইনে আপনার জায়গা থাকবে।",
 "ধন্যবাদ; {language} বা আপনার ভাষার প্রথম যে পরামর্শদাতা মুক্ত হবেন তিনি আপনার কল ধরবেন।")
T["ur"] = texts(
 "آپ نے کافی دیر انتظار کیا ہے۔ اپنی باری کھوئے بغیر واپس کال حاصل کرنے کے لیے 2 دبائیں۔",
 "آپ نے کافی دیر انتظار کیا ہے۔ پیغام چھوڑنے کے لیے 3 دبائیں۔",
 "آپ نے کافی دیر انتظار کیا ہے۔ اس کے بجائے {language} کے مشیر سے بات کرنے کے لیے 4 دبائیں؛ اس قطار میں آپ کی باری برقرار رہے گی۔",
 "شکریہ؛ {language} یا آپ کی زبان کا جو مشیر سب سے پہلے فارغ ہوگا وہ آپ کی کال سنے گا۔")
T["kk"] = texts(
 "Сіз ұзақ күттіңіз. Кезегіңізді жоғалтпай кері қоңырау алу үшін 2 батырмасын басыңыз.",
 "Сіз ұзақ күттіңіз. Хабар қалдыру үшін 3 батырмасын басыңыз.",
 "Сіз ұзақ күттіңіз. Оның орнына {language} тіліндегі кеңесшімен сөйлесу үшін 4 батырмасын басыңыз; осы кезектегі орныңыз сақталады.",
 "Рахмет; {language} немесе сіздің тіліңіздегі алғашқы бос кеңесші қоңырауыңызды қабылдайды.")
