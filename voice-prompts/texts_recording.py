# Recording with consent (issue 21 item 2): before the queue of a language whose calls are recorded, the announcement
# and its refusal key (7: neither the default menu nor the hold options use it), and the answer to a refusal. Merged
# into each language's table by build_manifest.py. Every text but English is written without a native speaker's check.
T = {}
def texts(consent, refused):
    return {"recording-consent": consent, "recording-refused": refused}
T["ko"] = texts("상담 품질 향상을 위해 통화 내용이 녹음될 수 있습니다. 녹음을 원하지 않으시면 7번을 눌러 주십시오.",
                "이 통화는 녹음되지 않습니다.")
T["en"] = texts("This call may be recorded for quality. If you do not want it recorded, press 7.",
                "Your call will not be recorded.")
T["zh"] = texts("为保证服务质量，本次通话可能会被录音。如不希望录音，请按7。",
                "您的通话将不会被录音。")
T["vi"] = texts("Cuộc gọi này có thể được ghi âm để nâng cao chất lượng. Nếu bạn không muốn ghi âm, bấm 7.",
                "Cuộc gọi của bạn sẽ không được ghi âm.")
T["ja"] = texts("品質向上のため、この通話は録音されることがあります。録音を希望されない場合は7を押してください。",
                "この通話は録音されません。")
T["mn"] = texts("Үйлчилгээний чанарын үүднээс энэ дуудлагыг бичиж авч болно. Бичүүлэхийг хүсэхгүй бол 7 дарна уу.",
                "Таны дуудлагыг бичихгүй.")
T["th"] = texts("การสนทนานี้อาจถูกบันทึกเพื่อคุณภาพการบริการ หากไม่ต้องการให้บันทึก กด 7",
                "การสนทนาของคุณจะไม่ถูกบันทึก")
T["id"] = texts("Panggilan ini dapat direkam untuk menjaga kualitas. Jika Anda tidak ingin direkam, tekan 7.",
                "Panggilan Anda tidak akan direkam.")
T["fr"] = texts("Cet appel peut être enregistré pour la qualité du service. Si vous ne souhaitez pas être enregistré, appuyez sur 7.",
                "Votre appel ne sera pas enregistré.")
T["ru"] = texts("В целях контроля качества этот разговор может быть записан. Если вы не хотите, чтобы его записывали, нажмите 7.",
                "Ваш разговор не будет записан.")
T["ne"] = texts("गुणस्तरका लागि यो कल रेकर्ड हुन सक्छ। रेकर्ड गर्न नचाहनुहुन्छ भने ७ थिच्नुहोस्।",
                "तपाईंको कल रेकर्ड हुने छैन।")
T["km"] = texts("ការហៅនេះអាចត្រូវបានថតសំឡេងដើម្បីគុណភាព។ ប្រសិនបើអ្នកមិនចង់ឱ្យថត សូមចុចលេខ 7។",
                "ការហៅរបស់អ្នកនឹងមិនត្រូវបានថតទេ។")
T["my"] = texts("ဝန်ဆောင်မှုအရည်အသွေးအတွက် ဤဖုန်းခေါ်ဆိုမှုကို အသံဖမ်းနိုင်ပါသည်။ အသံမဖမ်းစေလိုပါက 7 ကိုနှိပ်ပါ။",
                "သင့်ဖုန်းခေါ်ဆိုမှုကို အသံဖမ်းမည်မဟုတ်ပါ။")
T["tl"] = texts("Maaaring i-record ang tawag na ito para sa kalidad ng serbisyo. Kung ayaw ninyong ma-record ito, pindutin ang 7.",
                "Hindi ire-record ang inyong tawag.")
T["si"] = texts("ගුණාත්මකභාවය සඳහා මෙම ඇමතුම පටිගත කළ හැක. පටිගත කිරීමට අකමැති නම් 7 ඔබන්න.",
                "ඔබගේ ඇමතුම පටිගත නොකෙරේ.")
T["ar"] = texts("قد يتم تسجيل هذه المكالمة لضمان الجودة. إذا كنت لا ترغب في تسجيلها، اضغط 7.",
                "لن يتم تسجيل مكالمتك.")
T["uz"] = texts("Sifat maqsadida ushbu qo'ng'iroq yozib olinishi mumkin. Yozib olinishini istamasangiz, 7 ni bosing.",
                "Qo'ng'irog'ingiz yozib olinmaydi.")
T["bn"] = texts("মান বজায় রাখতে এই কলটি রেকর্ড করা হতে পারে। রেকর্ড করাতে না চাইলে ৭ চাপুন।",
                "আপনার কল রেকর্ড করা হবে না।")
T["ur"] = texts("معیار کے لیے یہ کال ریکارڈ کی جا سکتی ہے۔ اگر آپ ریکارڈنگ نہیں چاہتے تو 7 دبائیں۔",
                "آپ کی کال ریکارڈ نہیں کی جائے گی۔")
T["kk"] = texts("Сапа мақсатында бұл қоңырау жазылуы мүмкін. Жазылғанын қаламасаңыз, 7 басыңыз.",
                "Сіздің қоңырауыңыз жазылмайды.")
