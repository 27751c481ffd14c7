# A victim of crime in the main menu (issue 21 item 4): key 5 before a language is chosen leads to a language choice
# whose callers join with the victim-support tag (priority, the trained team, notes readable only by it).
# main-victim-option follows main-options; victim-language-choice opens the victim node before the language offers.
# Every text but Korean and English is written without a native speaker's check (built from the hold-options and
# tagged-victim-support wording already in use).
T = {}
def texts(option, choice):
    return {"main-victim-option": option, "victim-language-choice": choice}
T["ko"] = texts(
 "범죄나 폭력 피해를 입으셨다면 5번을 눌러 주십시오.",
 "범죄 피해자 지원 교육을 받은 상담원이 연결해 드리겠습니다. 원하시는 언어 번호를 누른 후 별표를 눌러 주십시오.")
T["en"] = texts(
 "If you are a victim of a crime or of violence, press 5.",
 "A counselor trained to support victims of crime will take your call. Press the number of your language, followed by the star key.")
T["zh"] = texts(
 "如果您遭受了犯罪或暴力侵害，请按5。",
 "受过犯罪受害者援助培训的咨询员将接听您的电话。请按您的语言编号，然后按星号键。")
T["vi"] = texts(
 "Nếu bạn là nạn nhân của tội phạm hoặc bạo lực, bấm 5.",
 "Tư vấn viên được đào tạo để hỗ trợ nạn nhân của tội phạm sẽ nghe máy. Hãy bấm số ngôn ngữ của bạn rồi bấm phím sao.")
T["ja"] = texts(
 "犯罪や暴力の被害に遭われた方は5を押してください。",
 "犯罪被害者の支援について研修を受けた相談員が対応いたします。ご希望の言語番号の後に星印を押してください。")
T["mn"] = texts(
 "Гэмт хэрэгт эсвэл хүчирхийлэлд өртсөн бол 5 дарна уу.",
 "Гэмт хэргийн хохирогчдод туслах сургалтад хамрагдсан зөвлөх тантай холбогдоно. Хэлнийхээ дугаарыг дараад од товчийг дарна уу.")
T["th"] = texts(
 "หากท่านเป็นผู้เสียหายจากอาชญากรรมหรือความรุนแรง กด 5",
 "เจ้าหน้าที่ที่ผ่านการอบรมด้านการช่วยเหลือผู้เสียหายจากอาชญากรรมจะรับสายของท่าน กรุณากดหมายเลขภาษาของท่านแล้วตามด้วยเครื่องหมายดอกจัน")
T["id"] = texts(
 "Jika Anda korban kejahatan atau kekerasan, tekan 5.",
 "Konselor yang terlatih untuk mendampingi korban kejahatan akan menerima panggilan Anda. Tekan nomor bahasa Anda lalu tombol bintang.")
T["fr"] = texts(
 "Si vous êtes victime d'une infraction ou de violences, tapez 5.",
 "Un conseiller formé à l'aide aux victimes prendra votre appel. Tapez le numéro de votre langue suivi de la touche étoile.")
T["ru"] = texts(
 "Если вы пострадали от преступления или насилия, нажмите 5.",
 "Вам ответит консультант, обученный помощи пострадавшим от преступлений. Нажмите номер вашего языка, а затем звёздочку.")
T["ne"] = texts(
 "तपाईं अपराध वा हिंसाबाट पीडित हुनुहुन्छ भने ५ थिच्नुहोस्।",
 "अपराध पीडितलाई सहयोग गर्न तालिम पाएका परामर्शदाताले तपाईंको कल लिनुहुनेछ। आफ्नो भाषाको नम्बर र त्यसपछि तारा थिच्नुहोस्।")
T["km"] = texts(
 "ប្រសិនបើអ្នកជាជនរងគ្រោះនៃឧក្រិដ្ឋកម្ម ឬអំពើហិង្សា ចុច ៥។",
 "អ្នកប្រឹក្សាដែលបានទទួលការបណ្តុះបណ្តាលដើម្បីជួយជនរងគ្រោះនៃឧក្រិដ្ឋកម្ម នឹងទទួលការហៅរបស់អ្នក។ សូមចុចលេខភាសារបស់អ្នក បន្ទាប់មកចុចផ្កាយ។")
T["my"] = texts(
 "ရာဇဝတ်မှု သို့မဟုတ် အကြမ်းဖက်မှုကို ခံခဲ့ရပါက ၅ ကိုနှိပ်ပါ။",
 "ရာဇဝတ်မှုဒဏ်ခံရသူများကို ကူညီရန် လေ့ကျင့်ထားသော အကြံပေးက သင့်ဖုန်းကို ဖြေကြားပေးပါမည်။ သင့်ဘာသာစကားနံပါတ်ကိုနှိပ်ပြီး ကြယ်ပွင့်ကိုနှိပ်ပါ။")
T["tl"] = texts(
 "Kung ikaw ay biktima ng krimen o karahasan, pindutin ang 5.",
 "Isang counselor na sinanay sa pagtulong sa mga biktima ng krimen ang sasagot sa iyong tawag. Pindutin ang numero ng iyong wika at pagkatapos ang star.")
T["si"] = texts(
 "ඔබ අපරාධයකට හෝ ප්‍රචණ්ඩත්වයට ගොදුරු වූයේ නම් 5 ඔබන්න.",
 "අපරාධවලට ගොදුරු වූවන්ට සහාය වීමට පුහුණු වූ උපදේශකයෙකු ඔබගේ ඇමතුමට පිළිතුරු දෙනු ඇත. ඔබගේ භාෂා අංකය ඔබා තරු ලකුණ ඔබන්න.")
T["ar"] = texts(
 "إذا كنت ضحية جريمة أو عنف اضغط 5.",
 "سيرد على مكالمتك مستشار مدرَّب على دعم ضحايا الجرائم. اضغط رقم لغتك ثم زر النجمة.")
T["uz"] = texts(
 "Jinoyat yoki zo'ravonlikdan jabrlangan bo'lsangiz, 5 ni bosing.",
 "Jinoyatdan jabrlanganlarga yordam berishga o'qitilgan maslahatchi qo'ng'irog'ingizga javob beradi. Tilingiz raqamini, so'ngra yulduzcha tugmasini bosing.")
T["bn"] = texts(
 "আপনি অপরাধ বা সহিংসতার শিকার হলে ৫ চাপুন।",
 "অপরাধের শিকার ব্যক্তিদের সহায়তায় প্রশিক্ষণপ্রাপ্ত একজন পরামর্শদাতা আপনার কল গ্রহণ করবেন। আপনার ভাষার নম্বর চাপুন, তারপর স্টার চাপুন।")
T["ur"] = texts(
 "اگر آپ کسی جرم یا تشدد کا شکار ہوئے ہیں تو 5 دبائیں۔",
 "جرائم کے متاثرین کی مدد کے لیے تربیت یافتہ ایک مشیر آپ سے بات کرے گا۔ اپنی زبان کا نمبر اور پھر اسٹار دبائیں۔")
T["kk"] = texts(
 "Қылмыстан немесе зорлық-зомбылықтан зардап шеккен болсаңыз, 5-ті басыңыз.",
 "Қылмыстан зардап шеккендерге көмек көрсетуге дайындалған кеңесші қоңырауыңызға жауап береді. Тіліңіздің нөмірін, содан кейін жұлдызшаны басыңыз.")
