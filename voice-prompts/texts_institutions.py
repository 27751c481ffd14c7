# The institution line (issue 22 item 2): a partner institution (hospital, police, public office) calls for an
# interpreter. The line speaks Korean to the institution's staff; the other languages carry the same meaning for a
# center that would run the line in another language. Every text but Korean and English is written without a native
# speaker's check (built from the language-choice and callback wording already in use).
T = {}
def texts(welcome, code):
    return {"institution-line-welcome": welcome, "institution-line-code": code}
T["ko"] = texts(
 "1345 기관 통역 전용 전화입니다. 통역이 필요한 언어의 번호를 누른 후 별표를 눌러 주십시오.",
 "1345 기관 통역 전용 전화입니다. 기관 코드를 누른 후 별표를 눌러 주십시오. 코드가 없으시면 별표만 눌러 주십시오.")
T["en"] = texts(
 "This is the 1345 interpretation line for institutions. Press the number of the language you need interpreted, followed by the star key.",
 "This is the 1345 interpretation line for institutions. Key your institution code followed by the star key. Without a code, press star.")
T["zh"] = texts(
 "这里是1345机构口译专线。请按需要口译的语言编号，然后按星号键。",
 "这里是1345机构口译专线。请输入机构代码，然后按星号键。没有代码请直接按星号键。")
T["vi"] = texts(
 "Đây là đường dây phiên dịch 1345 dành cho cơ quan. Hãy bấm số của ngôn ngữ cần phiên dịch rồi bấm phím sao.",
 "Đây là đường dây phiên dịch 1345 dành cho cơ quan. Hãy bấm mã cơ quan rồi bấm phím sao. Nếu không có mã, chỉ bấm phím sao.")
T["ja"] = texts(
 "1345機関通訳専用電話です。通訳が必要な言語の番号の後に星印を押してください。",
 "1345機関通訳専用電話です。機関コードの後に星印を押してください。コードがない場合は星印だけを押してください。")
T["mn"] = texts(
 "Энэ бол байгууллагуудад зориулсан 1345 орчуулгын шугам юм. Орчуулга хэрэгтэй хэлний дугаарыг дараад од товчийг дарна уу.",
 "Энэ бол байгууллагуудад зориулсан 1345 орчуулгын шугам юм. Байгууллагын кодоо дараад од товчийг дарна уу. Код байхгүй бол зөвхөн од дарна уу.")
T["th"] = texts(
 "นี่คือสายล่าม 1345 สำหรับหน่วยงาน กรุณากดหมายเลขภาษาที่ต้องการล่ามแล้วตามด้วยเครื่องหมายดอกจัน",
 "นี่คือสายล่าม 1345 สำหรับหน่วยงาน กรุณากดรหัสหน่วยงานแล้วตามด้วยเครื่องหมายดอกจัน หากไม่มีรหัส กดดอกจันเท่านั้น")
T["id"] = texts(
 "Ini adalah saluran juru bahasa 1345 untuk instansi. Tekan nomor bahasa yang perlu diterjemahkan lalu tombol bintang.",
 "Ini adalah saluran juru bahasa 1345 untuk instansi. Masukkan kode instansi Anda lalu tombol bintang. Tanpa kode, tekan bintang saja.")
T["fr"] = texts(
 "Vous êtes sur la ligne d'interprétariat 1345 réservée aux institutions. Tapez le numéro de la langue à interpréter suivi de la touche étoile.",
 "Vous êtes sur la ligne d'interprétariat 1345 réservée aux institutions. Tapez le code de votre institution suivi de la touche étoile. Sans code, tapez étoile.")
T["ru"] = texts(
 "Это линия устного перевода 1345 для учреждений. Нажмите номер языка, на который нужен перевод, а затем звёздочку.",
 "Это линия устного перевода 1345 для учреждений. Введите код учреждения, а затем звёздочку. Если кода нет, нажмите только звёздочку.")
T["ne"] = texts(
 "यो संस्थाहरूका लागि १३४५ दोभाषे लाइन हो। दोभाषे चाहिने भाषाको नम्बर थिचेर तारा थिच्नुहोस्।",
 "यो संस्थाहरूका लागि १३४५ दोभाषे लाइन हो। संस्थाको कोड थिचेर तारा थिच्नुहोस्। कोड छैन भने तारा मात्र थिच्नुहोस्।")
T["km"] = texts(
 "នេះជាខ្សែបកប្រែ 1345 សម្រាប់ស្ថាប័ន។ សូមចុចលេខភាសាដែលត្រូវការបកប្រែ បន្ទាប់មកចុចផ្កាយ។",
 "នេះជាខ្សែបកប្រែ 1345 សម្រាប់ស្ថាប័ន។ សូមចុចលេខកូដស្ថាប័ន បន្ទាប់មកចុចផ្កាយ។ បើគ្មានលេខកូដ សូមចុចតែផ្កាយ។")
T["my"] = texts(
 "ဤသည်မှာ အဖွဲ့အစည်းများအတွက် 1345 စကားပြန်လိုင်း ဖြစ်သည်။ စကားပြန်လိုအပ်သော ဘာသာစကားနံပါတ်ကိုနှိပ်ပြီး ကြယ်ပွင့်ကိုနှိပ်ပါ။",
 "ဤသည်မှာ အဖွဲ့အစည်းများအတွက် 1345 စကားပြန်လိုင်း ဖြစ်သည်။ အဖွဲ့အစည်းကုဒ်ကိုနှိပ်ပြီး ကြယ်ပွင့်ကိုနှိပ်ပါ။ ကုဒ်မရှိပါက ကြယ်ပွင့်ကိုသာ နှိပ်ပါ။")
T["tl"] = texts(
 "Ito ang 1345 linya ng interpretasyon para sa mga institusyon. Pindutin ang numero ng wikang kailangang isalin at pagkatapos ang star.",
 "Ito ang 1345 linya ng interpretasyon para sa mga institusyon. Pindutin ang code ng inyong institusyon at pagkatapos ang star. Kung walang code, star lamang.")
T["si"] = texts(
 "මෙය ආයතන සඳහා වන 1345 භාෂා පරිවර්තන මාර්ගයයි. පරිවර්තනය අවශ්‍ය භාෂාවේ අංකය ඔබා තරු ලකුණ ඔබන්න.",
 "මෙය ආයතන සඳහා වන 1345 භාෂා පරිවර්තන මාර්ගයයි. ආයතන කේතය ඔබා තරු ලකුණ ඔබන්න. කේතයක් නැත්නම් තරු ලකුණ පමණක් ඔබන්න.")
T["ar"] = texts(
 "هذا خط الترجمة الفورية 1345 المخصص للمؤسسات. اضغط رقم اللغة المطلوب الترجمة إليها ثم النجمة.",
 "هذا خط الترجمة الفورية 1345 المخصص للمؤسسات. أدخل رمز مؤسستك ثم النجمة. إن لم يكن لديك رمز فاضغط النجمة فقط.")
T["uz"] = texts(
 "Bu muassasalar uchun 1345 tarjima liniyasi. Tarjima kerak bo'lgan til raqamini, so'ngra yulduzchani bosing.",
 "Bu muassasalar uchun 1345 tarjima liniyasi. Muassasa kodini, so'ngra yulduzchani bosing. Kod bo'lmasa, faqat yulduzchani bosing.")
T["bn"] = texts(
 "এটি প্রতিষ্ঠানগুলোর জন্য ১৩৪৫ দোভাষী লাইন। যে ভাষায় দোভাষী প্রয়োজন তার নম্বর চাপুন, তারপর স্টার চাপুন।",
 "এটি প্রতিষ্ঠানগুলোর জন্য ১৩৪৫ দোভাষী লাইন। প্রতিষ্ঠানের কোড চাপুন, তারপর স্টার চাপুন। কোড না থাকলে শুধু স্টার চাপুন।")
T["ur"] = texts(
 "یہ اداروں کے لیے 1345 ترجمانی لائن ہے۔ جس زبان میں ترجمانی درکار ہو اس کا نمبر اور پھر اسٹار دبائیں۔",
 "یہ اداروں کے لیے 1345 ترجمانی لائن ہے۔ اپنے ادارے کا کوڈ اور پھر اسٹار دبائیں۔ کوڈ نہ ہو تو صرف اسٹار دبائیں۔")
T["kk"] = texts(
 "Бұл мекемелерге арналған 1345 аударма желісі. Аударма қажет тілдің нөмірін, содан кейін жұлдызшаны басыңыз.",
 "Бұл мекемелерге арналған 1345 аударма желісі. Мекеме кодын, содан кейін жұлдызшаны басыңыз. Код болмаса, тек жұлдызшаны басыңыз.")
