import type { Messages } from '../messages/types.ts';

/** Arabic (ar). */
export const messages: Messages = {
  locale: 'ar',

  exceptions: {
    AliasExistsException:
      'يستخدم حساب آخر {attribute} هذا بالفعل. غيِّر {attribute}، أو سجِّل الدخول إلى ذلك الحساب.',
    CodeDeliveryFailureException:
      'تعذّر إرسال الرمز. تحقّق من صحة {attribute}، ثم اطلب رمزًا جديدًا.',
    CodeMismatchException: 'هذا الرمز لا يطابق الرمز الذي أرسلناه. تحقّق من الرمز وأدخِله مرة أخرى.',
    ExpiredCodeException: 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا، ثم أدخِله هنا.',
    ForbiddenException:
      'لا يمكننا قبول هذا الطلب من شبكتك حاليًا. حاوِل مرة أخرى لاحقًا، أو تواصل مع الدعم إذا تكرّر ذلك.',
    InternalErrorException: 'حدثت مشكلة في خدمة تسجيل الدخول. حاوِل مرة أخرى بعد بضع دقائق.',
    InvalidEmailRoleAccessPolicyException:
      'لا يمكننا إرسال رسائل البريد الإلكتروني حاليًا بسبب مشكلة لدينا. حاوِل مرة أخرى لاحقًا، أو تواصل مع الدعم.',
    InvalidLambdaResponseException:
      'تعذّر إكمال العملية بسبب مشكلة لدينا. حاوِل مرة أخرى لاحقًا، أو تواصل مع الدعم.',
    InvalidParameterException: 'لم يتم قبول بعض البيانات المُرسَلة. تحقّق منها وحاوِل مرة أخرى.',
    InvalidPasswordException: 'كلمة المرور هذه لا تستوفي الشروط. اختر كلمة مرور مختلفة.',
    InvalidSmsRoleAccessPolicyException:
      'لا يمكننا إرسال الرسائل النصية حاليًا بسبب مشكلة لدينا. حاوِل مرة أخرى لاحقًا، أو تواصل مع الدعم.',
    InvalidSmsRoleTrustRelationshipException:
      'يتعذّر إرسال الرسائل النصية حاليًا بسبب مشكلة في الإعدادات لدينا. حاوِل مرة أخرى لاحقًا، أو تواصل مع الدعم.',
    LimitExceededException: 'أُجريت محاولات كثيرة جدًا. انتظر بضع دقائق، ثم حاوِل مرة أخرى.',
    NotAuthorizedException: 'انتهت جلستك. سجِّل الدخول مرة أخرى للمتابعة.',
    OperationNotEnabledException: 'هذا غير متاح لحسابك حاليًا. تواصل مع الدعم إذا كنت بحاجة إلى مساعدة.',
    PasswordHistoryPolicyViolationException: 'سبق أن استخدمت كلمة المرور هذه. اختر كلمة مرور لم تستخدمها مؤخرًا.',
    PasswordResetRequiredException:
      'عليك إعادة تعيين كلمة المرور قبل المتابعة. أعِد تعيينها، ثم سجِّل الدخول مرة أخرى.',
    ResourceNotFoundException:
      'هذه الخدمة غير مُعدّة بشكل صحيح، لذا لا يمكننا المتابعة. حاوِل مرة أخرى لاحقًا، أو تواصل مع الدعم.',
    TooManyFailedAttemptsException:
      'أُجريت محاولات خاطئة كثيرة جدًا. انتظر بضع دقائق قبل المحاولة مرة أخرى.',
    TooManyRequestsException: 'أُرسلت طلبات كثيرة جدًا خلال وقت قصير. انتظر دقيقة، ثم حاوِل مرة أخرى.',
    UnexpectedLambdaException:
      'حدث خطأ أثناء التحقق من بياناتك. حاوِل مرة أخرى لاحقًا، أو تواصل مع الدعم.',
    UserLambdaValidationException: 'لم يتم قبول بياناتك. تحقّق منها وحاوِل مرة أخرى.',
    UserNotConfirmedException:
      'لم يتم تأكيد حسابك بعد. أكِّده باستخدام الرمز الذي أرسلناه عند التسجيل، ثم سجِّل الدخول مرة أخرى.',
    UserNotFoundException: 'لم نتمكّن من العثور على حسابك. ربما تم إغلاقه. سجِّل الدخول مرة أخرى للمتابعة.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'يستخدم حساب آخر {attribute} هذا بالفعل. سجِّل الدخول إلى ذلك الحساب، أو أعِد التسجيل مع تغيير {attribute}.',
      InvalidParameterException:
        'تعذّر تأكيد حساب بهذه البيانات. تحقّق من اسم المستخدم، ثم أدخِل الرمز مرة أخرى.',
      LimitExceededException: 'تم إدخال رموز خاطئة كثيرة جدًا. انتظر بضع دقائق، ثم أدخِل الرمز مرة أخرى.',
      NotAuthorizedException:
        'لا يمكن تأكيد هذا الحساب. ربما تم تعطيله. تواصل مع الدعم إذا كنت بحاجة إلى مساعدة.',
      TooManyFailedAttemptsException:
        'تم إدخال رموز خاطئة كثيرة جدًا. انتظر بضع دقائق قبل إدخال الرمز مرة أخرى.',
      UserLambdaValidationException: 'تعذّر تأكيد حسابك لأنه لم يتم قبول بعض بياناتك.',
      UserNotFoundException: 'لا يوجد حساب باسم المستخدم هذا. تحقّق من اسم المستخدم وحاوِل مرة أخرى.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'تعذّر إرسال رمز جديد. انتظر قليلًا، ثم اطلب رمزًا جديدًا مرة أخرى.',
      InvalidParameterException:
        'تعذّر إرسال رمز جديد لهذا الحساب. إذا كان الحساب مؤكَّدًا بالفعل، فسجِّل الدخول بدلًا من ذلك.',
      LimitExceededException: 'تم طلب رموز كثيرة جدًا. انتظر بضع دقائق قبل طلب رمز آخر.',
      NotAuthorizedException: 'لا يمكننا إرسال رمز لهذا الحساب. تواصل مع الدعم إذا كنت بحاجة إلى مساعدة.',
      UserLambdaValidationException: 'تعذّر إرسال رمز جديد لأنه لم يتم قبول بعض بياناتك.',
      UserNotFoundException: 'لا يوجد حساب باسم المستخدم هذا. تحقّق من اسم المستخدم، ثم اطلب رمزًا مرة أخرى.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'يستخدم حساب آخر {attribute} هذا بالفعل. غيِّر {attribute} وحاوِل مرة أخرى.',
      CodeDeliveryFailureException:
        'تعذّر إرسال رمز إلى {attribute} الجديد. تحقّق من صحته، ثم احفظه مرة أخرى.',
      CodeMismatchException:
        'لم يتم تغيير {attribute} لأن التحقق من الرمز لم ينجح. احفظ التغيير مرة أخرى للحصول على رمز جديد.',
      ExpiredCodeException:
        'انتهت صلاحية رمز هذا التغيير. احفظ التغيير مرة أخرى للحصول على رمز جديد.',
      InvalidParameterException: 'لا يمكن استخدام {attribute} هذا. تحقّق منه وحاوِل مرة أخرى.',
      PasswordResetRequiredException:
        'عليك إعادة تعيين كلمة المرور قبل تغيير {attribute}. أعِد تعيينها، ثم سجِّل الدخول مرة أخرى.',
      UserLambdaValidationException: 'لم يتم قبول {attribute} هذا. تحقّق منه، أو أدخِل غيره.',
      UserNotConfirmedException:
        'لا يمكن تغيير {attribute} قبل تأكيد حسابك. أكِّد حسابك، ثم حاوِل مرة أخرى.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'تعذّر إرسال رمز إلى {attribute} الخاص بك. تحقّق من صحته، ثم اطلب رمزًا جديدًا.',
      InvalidParameterException:
        'لا يمكن التحقق من {attribute} الخاص بك. تأكّد من أنه محفوظ في حسابك، ثم حاوِل مرة أخرى.',
      LimitExceededException: 'تم طلب رموز كثيرة جدًا. انتظر بضع دقائق قبل طلب رمز آخر.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'يستخدم حساب آخر {attribute} هذا بالفعل، لذا لا يمكن التحقق منه لحسابك. غيِّر {attribute} وحاوِل مرة أخرى.',
      InvalidParameterException:
        'تعذّر التحقق من {attribute} الخاص بك باستخدام هذا الرمز. اطلب رمزًا جديدًا، ثم أدخِله هنا.',
      LimitExceededException: 'تم إدخال رموز خاطئة كثيرة جدًا. انتظر بضع دقائق، ثم أدخِل الرمز مرة أخرى.',
    },
    GetUser: {
      InvalidParameterException: 'تعذّر التحقق من بيانات حسابك. سجِّل الدخول مرة أخرى للمتابعة.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException: 'تعذّر إرسال رمز إعادة التعيين. انتظر قليلًا، ثم اطلب رمزًا مرة أخرى.',
      InvalidParameterException:
        'تعذّر إرسال رمز إعادة التعيين لهذا الحساب. تواصل مع الدعم إذا كنت بحاجة إلى مساعدة في تسجيل الدخول.',
      LimitExceededException: 'تم طلب رموز إعادة تعيين كثيرة جدًا. انتظر بضع دقائق قبل طلب رمز آخر.',
      NotAuthorizedException: 'لا يمكن إعادة تعيين كلمة مرور هذا الحساب هنا. تواصل مع الدعم إذا كنت بحاجة إلى مساعدة.',
      OperationNotEnabledException:
        'لا يمكن إعادة تعيين كلمات المرور هنا حاليًا. تواصل مع الدعم إذا كنت بحاجة إلى مساعدة في تسجيل الدخول.',
      UserLambdaValidationException: 'تعذّر إرسال رمز إعادة التعيين لأنه لم يتم قبول بعض بياناتك.',
      UserNotFoundException: 'تعذّر إرسال رمز لاسم المستخدم هذا. تحقّق من اسم المستخدم وحاوِل مرة أخرى.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'تعذّرت إعادة تعيين كلمة المرور بهذه البيانات. تحقّق من الرمز وكلمة المرور الجديدة، ثم حاوِل مرة أخرى.',
      LimitExceededException: 'تم إدخال رموز خاطئة كثيرة جدًا. انتظر بضع دقائق، ثم أدخِل الرمز مرة أخرى.',
      NotAuthorizedException: 'لا يمكن إعادة تعيين كلمة مرور هذا الحساب هنا. تواصل مع الدعم إذا كنت بحاجة إلى مساعدة.',
      OperationNotEnabledException:
        'لا يمكن إعادة تعيين كلمات المرور هنا حاليًا. تواصل مع الدعم إذا كنت بحاجة إلى مساعدة في تسجيل الدخول.',
      TooManyFailedAttemptsException: 'تم إدخال رموز خاطئة كثيرة جدًا. انتظر بضع دقائق قبل إدخال الرمز مرة أخرى.',
      UserLambdaValidationException: 'تعذّر تغيير كلمة المرور لأنه لم يتم قبول بعض بياناتك.',
      UserNotConfirmedException:
        'لم يتم تأكيد حسابك بعد. أكِّده باستخدام الرمز الذي أرسلناه عند التسجيل، ثم أعِد تعيين كلمة المرور.',
      UserNotFoundException: 'تعذّرت إعادة تعيين كلمة المرور لاسم المستخدم هذا. تحقّق من اسم المستخدم وحاوِل مرة أخرى.',
    },
  },

  local: {
    ValidationError: 'تحقّق من البيانات التي أدخلتها وحاوِل مرة أخرى.',
    NetworkError: 'تعذّر الاتصال. تحقّق من اتصالك بالإنترنت وحاوِل مرة أخرى.',
    TimeoutError: 'يستغرق هذا وقتًا أطول من اللازم. تحقّق من اتصالك بالإنترنت وحاوِل مرة أخرى.',
    AbortError: '',
    SessionExpiredError: 'تم تسجيل خروجك. سجِّل الدخول مرة أخرى للمتابعة.',
    UnknownError: 'حدث خطأ ما. حاوِل مرة أخرى، أو تواصل مع الدعم إذا تكرّر ذلك.',
  },

  validation: {
    code: {
      required: 'أدخِل الرمز الذي أرسلناه إليك',
      tooLong: 'أدخِل الرمز الوارد في الرسالة فقط',
      pattern: 'أدخِل الرمز تمامًا كما يظهر في الرسالة',
      format: 'أدخِل الرمز بالتنسيق الصحيح، مثل 123456',
      incomplete: {
        zero: 'أدخِل كل أرقام الرمز، وعددها {length}',
        one: 'أدخِل الرمز كاملًا، وهو رقم واحد ({length})',
        two: 'أدخِل رقمَي الرمز كليهما ({length})',
        few: 'أدخِل كل أرقام الرمز، وعددها {length}',
        many: 'أدخِل كل أرقام الرمز، وعددها {length}',
        other: 'أدخِل كل أرقام الرمز، وعددها {length}',
      },
    },
    username: {
      required: 'أدخِل اسم المستخدم',
      tooLong: 'يجب ألا يزيد اسم المستخدم على 128 حرفًا',
      pattern: 'يجب ألا يحتوي اسم المستخدم على مسافات',
      format: 'أدخِل اسم المستخدم بالتنسيق الصحيح',
    },
    password: {
      required: 'أدخِل كلمة مرور جديدة',
      tooLong: 'يجب ألا تزيد كلمة المرور على 256 حرفًا',
      pattern: 'يجب ألا تبدأ كلمة المرور أو تنتهي بمسافة',
      format: 'اختر كلمة مرور تستوفي كل الشروط الواردة في القائمة',
    },
    attributeName: {
      required: 'اختر ما تريد التحقق منه',
      tooLong: 'يجب ألا يزيد اسم الحقل على 32 حرفًا',
      pattern: 'يجب ألا يحتوي اسم الحقل على مسافات',
      format: 'أدخِل اسم الحقل بالتنسيق الصحيح',
    },
    value: {
      required: 'أدخِل {attribute}',
      tooLong: 'يجب ألا يزيد {attribute} على 2048 حرفًا',
      pattern: 'يحتوي {attribute} على أحرف غير مسموح بها',
      format: 'أدخِل {attribute} بالتنسيق الصحيح',
    },
    valueByAttribute: {
      email: {
        format: 'أدخِل عنوان بريد إلكتروني بالتنسيق الصحيح، مثل name@example.com',
      },
      phone_number: {
        pattern: 'أدخِل رقم هاتف مع رمز البلد، مثل +15555550123',
        format: 'أدخِل رقم هاتف مع رمز البلد، مثل +15555550123',
      },
    },
    configuration: {
      required:
        'تنقص هذه الصفحة بعض بيانات الإعداد. حاوِل مرة أخرى لاحقًا، أو تواصل مع الدعم إذا تكرّر ذلك',
      tooLong:
        'أرسلت هذه الصفحة بيانات إعداد طويلة جدًا. حاوِل مرة أخرى لاحقًا، أو تواصل مع الدعم إذا تكرّر ذلك',
      pattern:
        'أرسلت هذه الصفحة بيانات إعداد لا يمكن استخدامها. حاوِل مرة أخرى لاحقًا، أو تواصل مع الدعم إذا تكرّر ذلك',
      format:
        'أرسلت هذه الصفحة بيانات إعداد بتنسيق غير صحيح. حاوِل مرة أخرى لاحقًا، أو تواصل مع الدعم إذا تكرّر ذلك',
    },
    accessToken: {
      required: 'سجِّل الدخول للمتابعة',
    },
  },

  attributes: {
    email: { noun: 'عنوان البريد الإلكتروني', label: 'البريد الإلكتروني' },
    phone_number: { noun: 'رقم الهاتف', label: 'رقم الهاتف' },
    given_name: { noun: 'الاسم الأول', label: 'الاسم الأول' },
    family_name: { noun: 'اسم العائلة', label: 'اسم العائلة' },
    preferred_username: { noun: 'اسم المستخدم المفضّل', label: 'اسم المستخدم المفضّل' },
  },

  ui: {
    confirmationCodeLabel: 'رمز التأكيد',
    verificationCodeLabel: 'رمز التحقق',
    confirm: 'تأكيد',
    verify: 'تحقُّق',
    save: 'حفظ',
    resendCode: 'إعادة إرسال الرمز',
    sendCode: 'إرسال الرمز',
    resendCodeIn: 'إعادة إرسال الرمز بعد {time}',
    codeSent: 'أرسلنا رمزًا إلى {destination}.',
    codeSentByEmail: 'أرسلنا رمزًا عبر البريد الإلكتروني إلى {destination}.',
    codeSentBySms: 'أرسلنا رمزًا في رسالة نصية إلى {destination}.',
    codeSentNoDestination: 'أرسلنا إليك رمزًا.',
    newCodeSent: 'أرسلنا رمزًا جديدًا إلى {destination}.',
    resendAvailable: 'يمكنك الآن طلب رمز جديد.',
    confirmed: 'تم تأكيد حسابك.',
    alreadyConfirmed: 'حسابك مؤكَّد بالفعل. يمكنك تسجيل الدخول.',
    verified: 'تم التحقق من {attribute} الخاص بك.',
    saved: 'تم حفظ {attribute} الخاص بك.',
    pendingTitle: 'تحقّق من {attribute} الجديد',
    pendingBody: 'سيظل {attribute} الحالي فعّالًا إلى أن تتحقق من {value}.',
    unverifiedTitle: 'لم يتم التحقق من {attribute} الخاص بك',
    unverifiedBody: 'يجب التحقق من {value} قبل أن تتمكن من استخدامه.',
    cancelChange: 'إلغاء التغيير',
    tryAgain: 'إعادة المحاولة',
    signInAgain: 'تسجيل الدخول مرة أخرى',
    useThisAnyway: 'استخدامه لهذا الحساب بدلًا من ذلك',
    useThisAnywayHint: 'لن يتمكن الحساب الآخر بعد الآن من تسجيل الدخول باستخدام {attribute} هذا.',
    waitUntil: 'حاوِل مرة أخرى بعد {time}.',
    codeHint: {
      zero: 'أدخِل الرمز المكوّن من {length} رقم',
      one: 'أدخِل الرمز المكوّن من رقم واحد ({length})',
      two: 'أدخِل الرمز المكوّن من رقمين ({length})',
      few: 'أدخِل الرمز المكوّن من {length} أرقام',
      many: 'أدخِل الرمز المكوّن من {length} رقمًا',
      other: 'أدخِل الرمز المكوّن من {length} رقم',
    },
    codeNotSentYet: 'لم نُرسل رمزًا بعد. اطلب رمزًا، ثم أدخِله هنا.',
    loading: 'جارٍ تحميل {attribute} الخاص بك…',
    codeHintAnyLength: 'أدخِل الرمز الوارد في الرسالة',
    submitting: 'جارٍ التحقق…',
    sending: 'جارٍ الإرسال…',
    saving: 'جارٍ الحفظ…',
    errorPrefix: 'خطأ:',
    attributeFallback: 'عنوان البريد الإلكتروني أو رقم الهاتف',
    usernameLabel: 'اسم المستخدم',
    resetPasswordHint: 'سنرسل رمزًا إلى عنوان البريد الإلكتروني أو رقم الهاتف المسجَّل في حسابك.',
    newPasswordLabel: 'كلمة المرور الجديدة',
    showPassword: 'إظهار كلمة المرور',
    hidePassword: 'إخفاء كلمة المرور',
    passwordRulesTitle: 'شروط كلمة المرور',
    passwordMinLength: {
      zero: '{count} حرف على الأقل',
      one: 'حرف واحد على الأقل ({count})',
      two: 'حرفان على الأقل ({count})',
      few: '{count} أحرف على الأقل',
      many: '{count} حرفًا على الأقل',
      other: '{count} حرف على الأقل',
    },
    passwordLowercase: 'حرف لاتيني صغير',
    passwordUppercase: 'حرف لاتيني كبير',
    passwordNumber: 'رقم',
    passwordSymbol: 'حرف خاص، مثل ! أو @',
    ruleMet: 'مستوفى:',
    ruleNotMet: 'غير مستوفى بعد:',
    passwordRulesLeft: {
      zero: 'لم يتبقَّ أي شرط لكلمة المرور ({count})',
      one: 'بقي شرط واحد لكلمة المرور ({count})',
      two: 'بقي شرطان لكلمة المرور ({count})',
      few: 'بقيت {count} شروط لكلمة المرور',
      many: 'بقي {count} شرطًا لكلمة المرور',
      other: 'بقي {count} شرط لكلمة المرور',
    },
    passwordRulesAllMet: 'كلمة المرور تستوفي كل الشروط.',
    resetPassword: 'إعادة تعيين كلمة المرور',
    resettingPassword: 'جارٍ إعادة التعيين…',
    passwordChanged: 'تم تغيير كلمة المرور. سجِّل الدخول باستخدام كلمة المرور الجديدة.',
    signIn: 'تسجيل الدخول',
    confirmAccount: 'تأكيد الحساب',
    useAnotherUsername: 'استخدام اسم مستخدم آخر',
  },
};
