namespace Ivr.Server.Lawyers;

/// <summary>
/// The caller's SMS about their session, in each of the center's 20 languages (a table in code: four short texts
/// per language, too few for the voice-prompts pipeline, and never spoken). <c>{0}</c> is the session's date and time
/// in Seoul as <c>yyyy-MM-dd HH:mm</c>, written the same in every language. A language without a text (none today;
/// a test checks all 20) gets English.
/// </summary>
public static class LawyerTexts
{
    public enum Kind
    {
        Confirmation,
        Reminder,
        Cancellation,

        /// <summary>The session could not take place (no interpreter, the lawyer did not answer): book again.</summary>
        Rescheduling,
    }

    private static readonly Dictionary<string, (string Confirmation, string Reminder, string Cancellation, string Rescheduling)> Texts = new(StringComparer.Ordinal)
    {
        ["ko"] = ("[1345] 외국인 마을변호사 무료 상담이 {0}(한국 시간)에 예약되었습니다. 그 시간에 이 번호로 전화드립니다.",
            "[1345] 내일 {0}(한국 시간) 변호사 상담이 있습니다. 이 번호로 전화드립니다.",
            "[1345] {0} 변호사 상담 예약이 취소되었습니다. 다시 예약하시려면 1345로 전화하세요.",
            "[1345] {0} 변호사 상담을 예정대로 진행하지 못했습니다. 새 시간을 예약하시려면 1345로 전화하세요."),
        ["en"] = ("[1345] Your free lawyer consultation is booked for {0} (Korea time). We will call you at this number then.",
            "[1345] Reminder: your lawyer consultation is tomorrow, {0} (Korea time). We will call you at this number.",
            "[1345] Your lawyer consultation on {0} has been cancelled. Call 1345 to book again.",
            "[1345] Your lawyer consultation at {0} could not take place as planned. Call 1345 to book a new time."),
        ["zh"] = ("[1345] 您的免费律师咨询已预约在 {0}（韩国时间）。届时我们将拨打此号码联系您。",
            "[1345] 提醒：您的律师咨询在明天 {0}（韩国时间）。我们将拨打此号码联系您。",
            "[1345] 您在 {0} 的律师咨询已取消。如需重新预约，请拨打 1345。",
            "[1345] 您在 {0} 的律师咨询未能按计划进行。如需预约新的时间，请拨打 1345。"),
        ["vi"] = ("[1345] Buổi tư vấn luật sư miễn phí của bạn đã được đặt vào {0} (giờ Hàn Quốc). Chúng tôi sẽ gọi cho bạn theo số này.",
            "[1345] Nhắc lịch: buổi tư vấn luật sư của bạn vào ngày mai, {0} (giờ Hàn Quốc). Chúng tôi sẽ gọi cho bạn theo số này.",
            "[1345] Buổi tư vấn luật sư lúc {0} đã bị hủy. Hãy gọi 1345 để đặt lại.",
            "[1345] Buổi tư vấn luật sư lúc {0} không thể diễn ra như dự kiến. Hãy gọi 1345 để đặt thời gian mới."),
        ["th"] = ("[1345] นัดปรึกษาทนายความฟรีของคุณคือ {0} (เวลาเกาหลี) เราจะโทรหาคุณที่หมายเลขนี้",
            "[1345] แจ้งเตือน: นัดปรึกษาทนายความของคุณคือพรุ่งนี้ {0} (เวลาเกาหลี) เราจะโทรหาคุณที่หมายเลขนี้",
            "[1345] นัดปรึกษาทนายความเวลา {0} ถูกยกเลิกแล้ว โทร 1345 เพื่อนัดใหม่",
            "[1345] นัดปรึกษาทนายความเวลา {0} ไม่สามารถดำเนินการได้ตามกำหนด โทร 1345 เพื่อนัดเวลาใหม่"),
        ["ja"] = ("[1345] 無料の弁護士相談を {0}（韓国時間）に予約しました。その時間にこの番号へお電話します。",
            "[1345] お知らせ：弁護士相談は明日 {0}（韓国時間）です。この番号へお電話します。",
            "[1345] {0} の弁護士相談はキャンセルされました。再予約は 1345 へお電話ください。",
            "[1345] {0} の弁護士相談は予定どおり行えませんでした。新しい時間の予約は 1345 へお電話ください。"),
        ["mn"] = ("[1345] Таны хуульчийн үнэгүй зөвлөгөө {0} (Солонгосын цагаар) товлогдлоо. Бид энэ дугаарт залгана.",
            "[1345] Сануулга: таны хуульчийн зөвлөгөө маргааш {0} (Солонгосын цагаар). Бид энэ дугаарт залгана.",
            "[1345] {0}-ны хуульчийн зөвлөгөө цуцлагдлаа. Дахин товлох бол 1345 руу залгана уу.",
            "[1345] {0}-ны хуульчийн зөвлөгөө төлөвлөсний дагуу болж чадсангүй. Шинэ цаг товлох бол 1345 руу залгана уу."),
        ["id"] = ("[1345] Konsultasi pengacara gratis Anda dijadwalkan pada {0} (waktu Korea). Kami akan menelepon Anda di nomor ini.",
            "[1345] Pengingat: konsultasi pengacara Anda besok, {0} (waktu Korea). Kami akan menelepon Anda di nomor ini.",
            "[1345] Konsultasi pengacara pada {0} dibatalkan. Hubungi 1345 untuk menjadwalkan ulang.",
            "[1345] Konsultasi pengacara pada {0} tidak dapat berlangsung sesuai rencana. Hubungi 1345 untuk menjadwalkan waktu baru."),
        ["fr"] = ("[1345] Votre consultation gratuite avec un avocat est réservée pour le {0} (heure de Corée). Nous vous appellerons à ce numéro.",
            "[1345] Rappel : votre consultation avec un avocat a lieu demain, {0} (heure de Corée). Nous vous appellerons à ce numéro.",
            "[1345] Votre consultation avec un avocat du {0} est annulée. Appelez le 1345 pour en réserver une autre.",
            "[1345] Votre consultation avec un avocat du {0} n'a pas pu avoir lieu comme prévu. Appelez le 1345 pour choisir un nouvel horaire."),
        ["ru"] = ("[1345] Ваша бесплатная консультация юриста назначена на {0} (время в Корее). Мы позвоним вам на этот номер.",
            "[1345] Напоминание: ваша консультация юриста завтра, {0} (время в Корее). Мы позвоним вам на этот номер.",
            "[1345] Консультация юриста {0} отменена. Чтобы записаться снова, позвоните 1345.",
            "[1345] Консультация юриста {0} не состоялась, как планировалось. Чтобы выбрать новое время, позвоните 1345."),
        ["ne"] = ("[1345] तपाईंको निःशुल्क वकिल परामर्श {0} (कोरिया समय) मा बुक भएको छ। हामी यही नम्बरमा फोन गर्नेछौं।",
            "[1345] सम्झना: तपाईंको वकिल परामर्श भोलि {0} (कोरिया समय) मा छ। हामी यही नम्बरमा फोन गर्नेछौं।",
            "[1345] {0} को वकिल परामर्श रद्द गरिएको छ। फेरि बुक गर्न 1345 मा फोन गर्नुहोस्।",
            "[1345] {0} को वकिल परामर्श योजना अनुसार हुन सकेन। नयाँ समय बुक गर्न 1345 मा फोन गर्नुहोस्।"),
        ["km"] = ("[1345] ការពិគ្រោះជាមួយមេធាវីដោយឥតគិតថ្លៃរបស់អ្នកត្រូវបានកក់នៅ {0} (ម៉ោងកូរ៉េ)។ យើងនឹងទូរស័ព្ទមកលេខនេះ។",
            "[1345] រំលឹក៖ ការពិគ្រោះជាមួយមេធាវីរបស់អ្នកគឺថ្ងៃស្អែក {0} (ម៉ោងកូរ៉េ)។ យើងនឹងទូរស័ព្ទមកលេខនេះ។",
            "[1345] ការពិគ្រោះជាមួយមេធាវីនៅ {0} ត្រូវបានលុបចោល។ សូមទូរស័ព្ទ 1345 ដើម្បីកក់ម្តងទៀត។",
            "[1345] ការពិគ្រោះជាមួយមេធាវីនៅ {0} មិនអាចធ្វើឡើងតាមគម្រោងបានទេ។ សូមទូរស័ព្ទ 1345 ដើម្បីកក់ពេលថ្មី។"),
        ["my"] = ("[1345] သင်၏ အခမဲ့ ရှေ့နေ အကြံဉာဏ်ရယူချိန်ကို {0} (ကိုရီးယားစံတော်ချိန်) တွင် စာရင်းသွင်းပြီးပါပြီ။ ဤနံပါတ်သို့ ဖုန်းဆက်ပါမည်။",
            "[1345] သတိပေးချက် - သင်၏ ရှေ့နေ အကြံဉာဏ်ရယူချိန်မှာ မနက်ဖြန် {0} (ကိုရီးယားစံတော်ချိန်) ဖြစ်သည်။ ဤနံပါတ်သို့ ဖုန်းဆက်ပါမည်။",
            "[1345] {0} ရှေ့နေ အကြံဉာဏ်ရယူချိန်ကို ပယ်ဖျက်လိုက်ပါပြီ။ ပြန်လည်စာရင်းသွင်းရန် 1345 သို့ ဖုန်းဆက်ပါ။",
            "[1345] {0} ရှေ့နေ အကြံဉာဏ်ရယူချိန်ကို စီစဉ်ထားသည့်အတိုင်း မပြုလုပ်နိုင်ခဲ့ပါ။ အချိန်သစ် စာရင်းသွင်းရန် 1345 သို့ ဖုန်းဆက်ပါ။"),
        ["tl"] = ("[1345] Naka-book ang iyong libreng konsultasyon sa abogado sa {0} (oras sa Korea). Tatawagan ka namin sa numerong ito.",
            "[1345] Paalala: bukas na ang iyong konsultasyon sa abogado, {0} (oras sa Korea). Tatawagan ka namin sa numerong ito.",
            "[1345] Kinansela ang iyong konsultasyon sa abogado sa {0}. Tumawag sa 1345 para mag-book muli.",
            "[1345] Hindi natuloy gaya ng plano ang iyong konsultasyon sa abogado sa {0}. Tumawag sa 1345 para mag-book ng bagong oras."),
        ["si"] = ("[1345] ඔබගේ නොමිලේ නීතිඥ උපදේශනය {0} (කොරියානු වේලාව) සඳහා වෙන් කර ඇත. අපි මෙම අංකයට ඇමතුමක් ලබා දෙන්නෙමු.",
            "[1345] මතක් කිරීම: ඔබගේ නීතිඥ උපදේශනය හෙට {0} (කොරියානු වේලාව). අපි මෙම අංකයට ඇමතුමක් ලබා දෙන්නෙමු.",
            "[1345] {0} නීතිඥ උපදේශනය අවලංගු කර ඇත. නැවත වෙන් කිරීමට 1345 අමතන්න.",
            "[1345] {0} නීතිඥ උපදේශනය සැලසුම් කළ පරිදි පැවැත්විය නොහැකි විය. නව වේලාවක් වෙන් කිරීමට 1345 අමතන්න."),
        ["ar"] = ("[1345] تم حجز استشارتك القانونية المجانية مع محامٍ في {0} (بتوقيت كوريا). سنتصل بك على هذا الرقم.",
            "[1345] تذكير: استشارتك مع المحامي غدًا، {0} (بتوقيت كوريا). سنتصل بك على هذا الرقم.",
            "[1345] تم إلغاء استشارتك مع المحامي في {0}. اتصل بالرقم 1345 لحجز موعد جديد.",
            "[1345] تعذّر إجراء استشارتك مع المحامي في {0} كما كان مقررًا. اتصل بالرقم 1345 لحجز موعد جديد."),
        ["uz"] = ("[1345] Bepul advokat maslahatingiz {0} (Koreya vaqti) ga belgilandi. Shu raqamga qo'ng'iroq qilamiz.",
            "[1345] Eslatma: advokat maslahatingiz ertaga, {0} (Koreya vaqti). Shu raqamga qo'ng'iroq qilamiz.",
            "[1345] {0} dagi advokat maslahati bekor qilindi. Qayta yozilish uchun 1345 ga qo'ng'iroq qiling.",
            "[1345] {0} dagi advokat maslahati rejadagidek o'tkazilmadi. Yangi vaqtga yozilish uchun 1345 ga qo'ng'iroq qiling."),
        ["bn"] = ("[1345] আপনার বিনামূল্যে আইনজীবী পরামর্শ {0} (কোরিয়া সময়) বুক করা হয়েছে। আমরা এই নম্বরে ফোন করব।",
            "[1345] মনে করিয়ে দিচ্ছি: আপনার আইনজীবী পরামর্শ আগামীকাল, {0} (কোরিয়া সময়)। আমরা এই নম্বরে ফোন করব।",
            "[1345] {0} এর আইনজীবী পরামর্শ বাতিল করা হয়েছে। আবার বুক করতে 1345 এ ফোন করুন।",
            "[1345] {0} এর আইনজীবী পরামর্শ পরিকল্পনা অনুযায়ী হতে পারেনি। নতুন সময় বুক করতে 1345 এ ফোন করুন।"),
        ["ur"] = ("[1345] آپ کی مفت وکیل مشاورت {0} (کوریا کے وقت) کے لیے بک ہو گئی ہے۔ ہم آپ کو اسی نمبر پر کال کریں گے۔",
            "[1345] یاد دہانی: آپ کی وکیل مشاورت کل {0} (کوریا کے وقت) ہے۔ ہم آپ کو اسی نمبر پر کال کریں گے۔",
            "[1345] {0} کی وکیل مشاورت منسوخ کر دی گئی ہے۔ دوبارہ بک کرنے کے لیے 1345 پر کال کریں۔",
            "[1345] {0} کی وکیل مشاورت طے شدہ طریقے سے نہیں ہو سکی۔ نیا وقت بک کرنے کے لیے 1345 پر کال کریں۔"),
        ["kk"] = ("[1345] Сіздің тегін заңгер кеңесіңіз {0} (Корея уақыты) уақытына жазылды. Біз осы нөмірге қоңырау шаламыз.",
            "[1345] Еске салу: заңгер кеңесіңіз ертең, {0} (Корея уақыты). Біз осы нөмірге қоңырау шаламыз.",
            "[1345] {0} заңгер кеңесі тоқтатылды. Қайта жазылу үшін 1345-ке қоңырау шалыңыз.",
            "[1345] {0} заңгер кеңесі жоспарланғандай өтпеді. Жаңа уақытқа жазылу үшін 1345-ке қоңырау шалыңыз."),
    };

    public static IReadOnlyCollection<string> Languages => Texts.Keys;

    /// <summary>The text of <paramref name="kind"/> in <paramref name="language"/> (English when there is none) for a session at <paramref name="localStart"/>.</summary>
    public static string For(string language, Kind kind, DateTimeOffset localStart)
    {
        var texts = Texts.GetValueOrDefault(language, Texts["en"]);
        var template = kind switch
        {
            Kind.Confirmation => texts.Confirmation,
            Kind.Reminder => texts.Reminder,
            Kind.Cancellation => texts.Cancellation,
            _ => texts.Rescheduling,
        };
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, template,
            localStart.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
