import type { Messages } from '../messages/types.ts';

/** Persian (fa). */
export const messages: Messages = {
  locale: 'fa',

  exceptions: {
    AliasExistsException:
      'حساب دیگری از قبل از این {attribute} استفاده می‌کند. از {attribute} دیگری استفاده کنید یا وارد آن حساب شوید.',
    CodeDeliveryFailureException:
      'نتوانستیم کد را ارسال کنیم. مطمئن شوید {attribute} درست است، سپس کد جدیدی درخواست کنید.',
    CodeMismatchException: 'این کد با کدی که فرستادیم مطابقت ندارد. کد را بررسی کنید و دوباره وارد کنید.',
    ExpiredCodeException: 'این کد منقضی شده است. کد جدیدی درخواست کنید، سپس آن را اینجا وارد کنید.',
    ForbiddenException:
      'در حال حاضر نمی‌توانیم این درخواست را از شبکهٔ شما بپذیریم. بعداً دوباره امتحان کنید یا اگر مشکل ادامه داشت، با پشتیبانی تماس بگیرید.',
    InternalErrorException: 'سرویس ورود با مشکل روبه‌رو است. چند دقیقهٔ دیگر دوباره امتحان کنید.',
    InvalidEmailRoleAccessPolicyException:
      'به دلیل مشکلی در سمت ما، فعلاً نمی‌توانیم ایمیل بفرستیم. بعداً دوباره امتحان کنید یا با پشتیبانی تماس بگیرید.',
    InvalidLambdaResponseException:
      'به دلیل مشکلی در سمت ما نتوانستیم این کار را به پایان برسانیم. بعداً دوباره امتحان کنید یا با پشتیبانی تماس بگیرید.',
    InvalidParameterException: 'برخی از اطلاعات ارسال‌شده پذیرفته نشد. آن‌ها را بررسی کنید و دوباره امتحان کنید.',
    InvalidSmsRoleAccessPolicyException:
      'به دلیل مشکلی در سمت ما، فعلاً نمی‌توانیم پیامک بفرستیم. بعداً دوباره امتحان کنید یا با پشتیبانی تماس بگیرید.',
    InvalidSmsRoleTrustRelationshipException:
      'به دلیل مشکلی در تنظیمات ما، فعلاً امکان ارسال پیامک وجود ندارد. بعداً دوباره امتحان کنید یا با پشتیبانی تماس بگیرید.',
    LimitExceededException: 'تعداد تلاش‌ها بیش از حد مجاز بوده است. چند دقیقه صبر کنید، سپس دوباره امتحان کنید.',
    NotAuthorizedException: 'نشست شما به پایان رسیده است. برای ادامه، دوباره وارد شوید.',
    PasswordResetRequiredException:
      'پیش از ادامه باید گذرواژهٔ خود را بازنشانی کنید. آن را بازنشانی کنید، سپس دوباره وارد شوید.',
    ResourceNotFoundException:
      'این سرویس درست راه‌اندازی نشده است و نمی‌توانیم ادامه دهیم. بعداً دوباره امتحان کنید یا با پشتیبانی تماس بگیرید.',
    TooManyFailedAttemptsException:
      'تعداد تلاش‌های نادرست بیش از حد مجاز بوده است. چند دقیقه صبر کنید و بعد دوباره امتحان کنید.',
    TooManyRequestsException: 'در زمانی کوتاه درخواست‌های زیادی ارسال شده است. یک دقیقه صبر کنید، سپس دوباره امتحان کنید.',
    UnexpectedLambdaException:
      'هنگام بررسی اطلاعات شما مشکلی پیش آمد. بعداً دوباره امتحان کنید یا با پشتیبانی تماس بگیرید.',
    UserLambdaValidationException: 'اطلاعات شما پذیرفته نشد. آن را بررسی کنید و دوباره امتحان کنید.',
    UserNotConfirmedException:
      'حساب شما هنوز تأیید نشده است. آن را با کدی که هنگام ثبت‌نام فرستادیم تأیید کنید، سپس دوباره وارد شوید.',
    UserNotFoundException: 'نمی‌توانیم حساب شما را پیدا کنیم. ممکن است بسته شده باشد. برای ادامه، دوباره وارد شوید.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'حساب دیگری از قبل از این {attribute} استفاده می‌کند. وارد آن حساب شوید یا با {attribute} دیگری دوباره ثبت‌نام کنید.',
      InvalidParameterException:
        'نتوانستیم حسابی را با این اطلاعات تأیید کنیم. نام کاربری را بررسی کنید، سپس کد را دوباره وارد کنید.',
      LimitExceededException: 'کدهای نادرست زیادی وارد شده است. چند دقیقه صبر کنید، سپس کد را دوباره وارد کنید.',
      NotAuthorizedException:
        'این حساب را نمی‌توان تأیید کرد. ممکن است غیرفعال شده باشد. اگر به کمک نیاز دارید، با پشتیبانی تماس بگیرید.',
      TooManyFailedAttemptsException:
        'کدهای نادرست زیادی وارد شده است. چند دقیقه صبر کنید و بعد کد را دوباره وارد کنید.',
      UserLambdaValidationException:
        'نتوانستیم حساب شما را تأیید کنیم، چون برخی از اطلاعات شما پذیرفته نشد.',
      UserNotFoundException: 'حسابی با این نام کاربری وجود ندارد. نام کاربری را بررسی کنید و دوباره امتحان کنید.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'نتوانستیم کد جدیدی بفرستیم. کمی صبر کنید، سپس دوباره کد جدید درخواست کنید.',
      InvalidParameterException:
        'نتوانستیم برای این حساب کد جدیدی بفرستیم. اگر حساب از قبل تأیید شده است، به‌جای آن وارد شوید.',
      LimitExceededException: 'کدهای زیادی درخواست شده است. چند دقیقه صبر کنید و بعد کد دیگری درخواست کنید.',
      NotAuthorizedException: 'نمی‌توانیم برای این حساب کد بفرستیم. اگر به کمک نیاز دارید، با پشتیبانی تماس بگیرید.',
      UserLambdaValidationException: 'نتوانستیم کد جدیدی بفرستیم، چون برخی از اطلاعات شما پذیرفته نشد.',
      UserNotFoundException: 'حسابی با این نام کاربری وجود ندارد. نام کاربری را بررسی کنید، سپس دوباره کد درخواست کنید.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'حساب دیگری از قبل از این {attribute} استفاده می‌کند. {attribute} دیگری وارد کنید.',
      CodeDeliveryFailureException:
        'نتوانستیم به {attribute} جدید کدی بفرستیم. مطمئن شوید درست است، سپس آن را دوباره ذخیره کنید.',
      CodeMismatchException:
        '{attribute} شما تغییر نکرد، چون بررسی کد ناموفق بود. برای دریافت کد جدید، تغییر را دوباره ذخیره کنید.',
      ExpiredCodeException:
        'کد این تغییر منقضی شده است. برای دریافت کد جدید، تغییر را دوباره ذخیره کنید.',
      InvalidParameterException: 'نمی‌توان از این {attribute} استفاده کرد. آن را بررسی کنید و دوباره امتحان کنید.',
      PasswordResetRequiredException:
        'پیش از تغییر {attribute} باید گذرواژهٔ خود را بازنشانی کنید. آن را بازنشانی کنید، سپس دوباره وارد شوید.',
      UserLambdaValidationException: 'این {attribute} پذیرفته نشد. آن را بررسی کنید یا مورد دیگری وارد کنید.',
      UserNotConfirmedException:
        'تا حساب شما تأیید نشود، نمی‌توانید {attribute} خود را تغییر دهید. حساب خود را تأیید کنید، سپس دوباره امتحان کنید.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'نتوانستیم به {attribute} شما کدی بفرستیم. مطمئن شوید درست است، سپس کد جدیدی درخواست کنید.',
      InvalidParameterException:
        'نمی‌توان {attribute} شما را تأیید کرد. بررسی کنید که در حساب شما ذخیره شده باشد، سپس دوباره امتحان کنید.',
      LimitExceededException: 'کدهای زیادی درخواست شده است. چند دقیقه صبر کنید و بعد کد دیگری درخواست کنید.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'حساب دیگری از قبل از این {attribute} استفاده می‌کند، بنابراین نمی‌توان آن را برای حساب شما تأیید کرد. از {attribute} دیگری استفاده کنید.',
      InvalidParameterException:
        'نتوانستیم {attribute} شما را با این کد تأیید کنیم. کد جدیدی درخواست کنید، سپس آن را اینجا وارد کنید.',
      LimitExceededException: 'کدهای نادرست زیادی وارد شده است. چند دقیقه صبر کنید، سپس کد را دوباره وارد کنید.',
    },
    GetUser: {
      InvalidParameterException: 'نتوانستیم اطلاعات حساب شما را بررسی کنیم. برای ادامه، دوباره وارد شوید.',
    },
  },

  local: {
    ValidationError: 'اطلاعاتی را که وارد کرده‌اید بررسی کنید و دوباره امتحان کنید.',
    NetworkError: 'نتوانستیم متصل شویم. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.',
    TimeoutError: 'این کار بیش از حد طول می‌کشد. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.',
    AbortError: '',
    SessionExpiredError: 'از حساب خود خارج شده‌اید. برای ادامه، دوباره وارد شوید.',
    UnknownError: 'مشکلی پیش آمد. دوباره امتحان کنید یا اگر مشکل ادامه داشت، با پشتیبانی تماس بگیرید.',
  },

  validation: {
    code: {
      required: 'کدی را که برایتان فرستادیم وارد کنید',
      tooLong: 'فقط کد موجود در پیام را وارد کنید',
      pattern: 'کد را دقیقاً همان‌طور که در پیام آمده است وارد کنید',
      format: 'کد را با قالب درست وارد کنید، مثلاً ۱۲۳۴۵۶',
      incomplete: { one: 'همهٔ {length} رقم کد را وارد کنید', other: 'همهٔ {length} رقم کد را وارد کنید' },
    },
    username: {
      required: 'نام کاربری خود را وارد کنید',
      tooLong: 'نام کاربری باید حداکثر ۱۲۸ نویسه باشد',
      pattern: 'نام کاربری نباید فاصله داشته باشد',
      format: 'نام کاربری خود را با قالب درست وارد کنید',
    },
    attributeName: {
      required: 'انتخاب کنید چه چیزی تأیید شود',
      tooLong: 'نام ویژگی باید حداکثر ۳۲ نویسه باشد',
      pattern: 'نام ویژگی نباید فاصله داشته باشد',
      format: 'نام ویژگی را با قالب درست وارد کنید',
    },
    value: {
      required: '{attribute} خود را وارد کنید',
      tooLong: '{attribute} شما باید حداکثر ۲٬۰۴۸ نویسه باشد',
      pattern: '{attribute} شما نویسه‌هایی دارد که نمی‌توان از آن‌ها استفاده کرد',
      format: '{attribute} خود را با قالب درست وارد کنید',
    },
    valueByAttribute: {
      email: {
        format: 'نشانی ایمیل را با قالب درست وارد کنید، مثلاً name@example.com',
      },
      phone_number: {
        pattern: 'شماره تلفن را همراه با کد کشور وارد کنید، مثلاً +15555550123',
        format: 'شماره تلفن را همراه با کد کشور وارد کنید، مثلاً +15555550123',
      },
    },
    configuration: {
      required:
        'برخی از اطلاعات راه‌اندازی این صفحه موجود نیست. بعداً دوباره امتحان کنید یا اگر مشکل ادامه داشت، با پشتیبانی تماس بگیرید',
      tooLong:
        'این صفحه اطلاعات راه‌اندازی بیش از حد طولانی فرستاد. بعداً دوباره امتحان کنید یا اگر مشکل ادامه داشت، با پشتیبانی تماس بگیرید',
      pattern:
        'این صفحه اطلاعات راه‌اندازی غیرقابل استفاده فرستاد. بعداً دوباره امتحان کنید یا اگر مشکل ادامه داشت، با پشتیبانی تماس بگیرید',
      format:
        'این صفحه اطلاعات راه‌اندازی را با قالب نادرست فرستاد. بعداً دوباره امتحان کنید یا اگر مشکل ادامه داشت، با پشتیبانی تماس بگیرید',
    },
    accessToken: {
      required: 'برای ادامه وارد شوید',
    },
  },

  attributes: {
    email: { noun: 'نشانی ایمیل', label: 'ایمیل' },
    phone_number: { noun: 'شماره تلفن', label: 'شماره تلفن' },
    given_name: { noun: 'نام', label: 'نام' },
    family_name: { noun: 'نام خانوادگی', label: 'نام خانوادگی' },
    preferred_username: { noun: 'نام کاربری دلخواه', label: 'نام کاربری دلخواه' },
  },

  ui: {
    confirmationCodeLabel: 'کد تأیید ثبت‌نام',
    verificationCodeLabel: 'کد تأیید',
    confirm: 'تأیید',
    verify: 'تأیید',
    save: 'ذخیره',
    resendCode: 'ارسال دوبارهٔ کد',
    sendCode: 'ارسال کد',
    resendCodeIn: 'ارسال دوبارهٔ کد پس از {time}',
    codeSent: 'کدی به {destination} فرستادیم.',
    codeSentByEmail: 'کدی با ایمیل به {destination} فرستادیم.',
    codeSentBySms: 'کدی با پیامک به {destination} فرستادیم.',
    codeSentNoDestination: 'کدی برایتان فرستادیم.',
    newCodeSent: 'کد جدیدی به {destination} فرستادیم.',
    resendAvailable: 'اکنون می‌توانید کد جدیدی درخواست کنید.',
    confirmed: 'حساب شما تأیید شد.',
    alreadyConfirmed: 'حساب شما قبلاً تأیید شده است. می‌توانید وارد شوید.',
    verified: '{attribute} شما تأیید شد.',
    saved: '{attribute} شما ذخیره شد.',
    pendingTitle: '{attribute} جدید خود را تأیید کنید',
    pendingBody: 'تا وقتی {value} را تأیید نکنید، {attribute} فعلی شما فعال می‌ماند.',
    unverifiedTitle: '{attribute} شما تأیید نشده است',
    unverifiedBody: 'پیش از استفاده از {value}، باید آن را تأیید کنید.',
    cancelChange: 'لغو تغییر',
    tryAgain: 'تلاش دوباره',
    signInAgain: 'ورود دوباره',
    useThisAnyway: 'استفاده برای این حساب',
    useThisAnywayHint: 'حساب دیگر از این پس نمی‌تواند با این {attribute} وارد شود.',
    waitUntil: 'پس از {time} دوباره امتحان کنید.',
    codeHint: { one: 'کد {length} رقمی را وارد کنید', other: 'کد {length} رقمی را وارد کنید' },
    codeNotSentYet: 'هنوز کدی نفرستاده‌ایم. کدی درخواست کنید، سپس آن را اینجا وارد کنید.',
    loading: 'در حال بارگیری {attribute} شما…',
    codeHintAnyLength: 'کد موجود در پیام را وارد کنید',
    submitting: 'در حال بررسی…',
    sending: 'در حال ارسال…',
    saving: 'در حال ذخیره…',
    errorPrefix: 'خطا:',
    attributeFallback: 'نشانی ایمیل یا شماره تلفن',
  },
};
