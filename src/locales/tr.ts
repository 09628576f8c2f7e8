import type { Messages } from '../messages/types.ts';

/** Turkish (tr). */
export const messages: Messages = {
  locale: 'tr',

  exceptions: {
    AliasExistsException:
      'Bu {attribute} zaten başka bir hesapta kullanılıyor. Farklı bir {attribute} kullanın veya diğer hesapta oturum açın.',
    CodeDeliveryFailureException:
      'Kodu gönderemedik. Girdiğiniz {attribute} doğru mu diye kontrol edin ve yeni bir kod isteyin.',
    CodeMismatchException: 'Bu kod, gönderdiğimiz kodla eşleşmiyor. Kodu kontrol edip yeniden girin.',
    ExpiredCodeException: 'Bu kodun süresi doldu. Yeni bir kod isteyin ve buraya girin.',
    ForbiddenException:
      'Şu anda ağınızdan gelen bu isteği kabul edemiyoruz. Daha sonra yeniden deneyin veya sorun devam ederse destek ekibiyle iletişime geçin.',
    InternalErrorException: 'Oturum açma hizmetinde bir sorun var. Birkaç dakika sonra yeniden deneyin.',
    InvalidEmailRoleAccessPolicyException:
      'Bizden kaynaklanan bir sorun nedeniyle şu anda e-posta gönderemiyoruz. Daha sonra yeniden deneyin veya destek ekibiyle iletişime geçin.',
    InvalidLambdaResponseException:
      'Bizden kaynaklanan bir sorun nedeniyle işlemi tamamlayamadık. Daha sonra yeniden deneyin veya destek ekibiyle iletişime geçin.',
    InvalidParameterException: 'Gönderilen bilgilerin bazıları kabul edilmedi. Bilgileri kontrol edip yeniden deneyin.',
    InvalidPasswordException: 'Bu şifre kurallara uymuyor. Farklı bir şifre seçin.',
    InvalidSmsRoleAccessPolicyException:
      'Bizden kaynaklanan bir sorun nedeniyle şu anda SMS gönderemiyoruz. Daha sonra yeniden deneyin veya destek ekibiyle iletişime geçin.',
    InvalidSmsRoleTrustRelationshipException:
      'Bizden kaynaklanan bir yapılandırma sorunu nedeniyle şu anda SMS gönderilemiyor. Daha sonra yeniden deneyin veya destek ekibiyle iletişime geçin.',
    LimitExceededException: 'Çok fazla deneme yapıldı. Birkaç dakika bekleyip yeniden deneyin.',
    NotAuthorizedException: 'Oturumunuz sona erdi. Devam etmek için yeniden oturum açın.',
    OperationNotEnabledException:
      'Bu işlem şu anda hesabınız için kullanılamıyor. Yardıma ihtiyacınız varsa destek ekibiyle iletişime geçin.',
    PasswordHistoryPolicyViolationException:
      'Bu şifreyi daha önce kullandınız. Son zamanlarda kullanmadığınız bir şifre seçin.',
    PasswordResetRequiredException:
      'Devam etmeden önce şifrenizi sıfırlamanız gerekiyor. Şifrenizi sıfırlayıp yeniden oturum açın.',
    ResourceNotFoundException:
      'Bu hizmet doğru şekilde ayarlanmadığı için devam edemiyoruz. Daha sonra yeniden deneyin veya destek ekibiyle iletişime geçin.',
    TooManyFailedAttemptsException:
      'Çok fazla hatalı deneme yapıldı. Yeniden denemeden önce birkaç dakika bekleyin.',
    TooManyRequestsException: 'Kısa sürede çok fazla istek gönderildi. Bir dakika bekleyip yeniden deneyin.',
    UnexpectedLambdaException:
      'Bilgilerinizi kontrol ederken bir sorun oluştu. Daha sonra yeniden deneyin veya destek ekibiyle iletişime geçin.',
    UserLambdaValidationException: 'Bilgileriniz kabul edilmedi. Kontrol edip yeniden deneyin.',
    UserNotConfirmedException:
      'Hesabınız henüz onaylanmadı. Kaydolurken gönderdiğimiz kodla hesabınızı onaylayın, ardından yeniden oturum açın.',
    UserNotFoundException: 'Hesabınızı bulamıyoruz. Kapatılmış olabilir. Devam etmek için yeniden oturum açın.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Bu {attribute} zaten başka bir hesapta kullanılıyor. O hesapta oturum açın veya farklı bir {attribute} ile yeniden kaydolun.',
      InvalidParameterException:
        'Bu bilgilerle bir hesabı onaylayamadık. Kullanıcı adını kontrol edip kodu yeniden girin.',
      LimitExceededException: 'Çok fazla hatalı kod girildi. Birkaç dakika bekleyip kodu yeniden girin.',
      NotAuthorizedException:
        'Bu hesap onaylanamıyor. Devre dışı bırakılmış olabilir. Yardıma ihtiyacınız varsa destek ekibiyle iletişime geçin.',
      TooManyFailedAttemptsException:
        'Çok fazla hatalı kod girildi. Kodu yeniden girmeden önce birkaç dakika bekleyin.',
      UserLambdaValidationException: 'Bazı bilgileriniz kabul edilmediği için hesabınızı onaylayamadık.',
      UserNotFoundException: 'Bu kullanıcı adına sahip bir hesap yok. Kullanıcı adını kontrol edip yeniden deneyin.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Yeni kod gönderemedik. Biraz bekleyip yeniden yeni bir kod isteyin.',
      InvalidParameterException:
        'Bu hesap için yeni kod gönderemedik. Hesap zaten onaylandıysa oturum açmanız yeterli.',
      LimitExceededException: 'Çok fazla kod istendi. Başka bir kod istemeden önce birkaç dakika bekleyin.',
      NotAuthorizedException:
        'Bu hesap için kod gönderemiyoruz. Yardıma ihtiyacınız varsa destek ekibiyle iletişime geçin.',
      UserLambdaValidationException: 'Bazı bilgileriniz kabul edilmediği için yeni kod gönderemedik.',
      UserNotFoundException:
        'Bu kullanıcı adına sahip bir hesap yok. Kullanıcı adını kontrol edip yeniden kod isteyin.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Bu {attribute} zaten başka bir hesapta kullanılıyor. Farklı bir {attribute} girin.',
      CodeDeliveryFailureException:
        'Yeni {attribute} için kod gönderemedik. Doğru olduğunu kontrol edip yeniden kaydedin.',
      CodeMismatchException:
        'Kod doğrulaması başarısız olduğu için {attribute} değiştirilmedi. Yeni kod almak için değişikliği yeniden kaydedin.',
      ExpiredCodeException:
        'Bu değişikliğin kodunun süresi doldu. Yeni kod almak için değişikliği yeniden kaydedin.',
      InvalidParameterException: 'Bu {attribute} kullanılamıyor. Kontrol edip yeniden deneyin.',
      PasswordResetRequiredException:
        'Şifrenizi sıfırlamadan {attribute} değiştirilemez. Şifrenizi sıfırlayıp yeniden oturum açın.',
      UserLambdaValidationException: 'Bu {attribute} kabul edilmedi. Kontrol edin veya farklı bir tane girin.',
      UserNotConfirmedException:
        'Hesabınız onaylanmadan {attribute} değiştirilemez. Hesabınızı onaylayıp yeniden deneyin.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Hesabınızdaki {attribute} için kod gönderemedik. Doğru olduğunu kontrol edip yeni kod isteyin.',
      InvalidParameterException:
        'Hesabınızdaki {attribute} doğrulanamıyor. Hesabınızda kayıtlı olduğunu kontrol edip yeniden deneyin.',
      LimitExceededException: 'Çok fazla kod istendi. Başka bir kod istemeden önce birkaç dakika bekleyin.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Bu {attribute} zaten başka bir hesapta kullanıldığı için sizin hesabınız için doğrulanamıyor. Farklı bir {attribute} kullanın.',
      InvalidParameterException: 'Bu kodla {attribute} doğrulanamadı. Yeni bir kod isteyin ve buraya girin.',
      LimitExceededException: 'Çok fazla hatalı kod girildi. Birkaç dakika bekleyip kodu yeniden girin.',
    },
    GetUser: {
      InvalidParameterException: 'Hesap bilgilerinizi kontrol edemedik. Devam etmek için yeniden oturum açın.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException: 'Sıfırlama kodu gönderemedik. Biraz bekleyip yeniden kod isteyin.',
      InvalidParameterException:
        'Bu hesap için sıfırlama kodu gönderemedik. Oturum açmak için yardıma ihtiyacınız varsa destek ekibiyle iletişime geçin.',
      LimitExceededException: 'Çok fazla sıfırlama kodu istendi. Başka bir kod istemeden önce birkaç dakika bekleyin.',
      NotAuthorizedException:
        'Bu hesabın şifresi burada sıfırlanamıyor. Yardıma ihtiyacınız varsa destek ekibiyle iletişime geçin.',
      OperationNotEnabledException:
        'Şifreler şu anda burada sıfırlanamıyor. Oturum açmak için yardıma ihtiyacınız varsa destek ekibiyle iletişime geçin.',
      UserLambdaValidationException: 'Bazı bilgileriniz kabul edilmediği için sıfırlama kodu gönderemedik.',
      UserNotFoundException: 'Bu kullanıcı adı için kod gönderemedik. Kullanıcı adını kontrol edip yeniden deneyin.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Bu bilgilerle şifrenizi sıfırlayamadık. Kodu ve yeni şifreyi kontrol edip yeniden deneyin.',
      LimitExceededException: 'Çok fazla hatalı kod girildi. Birkaç dakika bekleyip kodu yeniden girin.',
      NotAuthorizedException:
        'Bu hesabın şifresi burada sıfırlanamıyor. Yardıma ihtiyacınız varsa destek ekibiyle iletişime geçin.',
      OperationNotEnabledException:
        'Şifreler şu anda burada sıfırlanamıyor. Oturum açmak için yardıma ihtiyacınız varsa destek ekibiyle iletişime geçin.',
      TooManyFailedAttemptsException:
        'Çok fazla hatalı kod girildi. Kodu yeniden girmeden önce birkaç dakika bekleyin.',
      UserLambdaValidationException: 'Bazı bilgileriniz kabul edilmediği için şifrenizi değiştiremedik.',
      UserNotConfirmedException:
        'Hesabınız henüz onaylanmadı. Kaydolurken gönderdiğimiz kodla hesabınızı onaylayın, ardından şifrenizi sıfırlayın.',
      UserNotFoundException:
        'Bu kullanıcı adının şifresini sıfırlayamadık. Kullanıcı adını kontrol edip yeniden deneyin.',
    },
  },

  local: {
    ValidationError: 'Girdiğiniz bilgileri kontrol edip yeniden deneyin.',
    NetworkError: 'Bağlantı kurulamadı. İnternet bağlantınızı kontrol edip yeniden deneyin.',
    TimeoutError: 'Bu işlem çok uzun sürüyor. İnternet bağlantınızı kontrol edip yeniden deneyin.',
    AbortError: '',
    SessionExpiredError: 'Oturumunuz kapatıldı. Devam etmek için yeniden oturum açın.',
    UnknownError: 'Bir sorun oluştu. Yeniden deneyin veya sorun devam ederse destek ekibiyle iletişime geçin.',
  },

  validation: {
    code: {
      required: 'Size gönderdiğimiz kodu girin',
      tooLong: 'Yalnızca mesajdaki kodu girin',
      pattern: 'Kodu mesajda göründüğü şekilde girin',
      format: 'Kodu doğru biçimde girin, ör. 123456',
      incomplete: { one: 'Kodun {length} hanesini girin', other: 'Kodun {length} hanesinin tamamını girin' },
    },
    username: {
      required: 'Kullanıcı adınızı girin',
      tooLong: 'Kullanıcı adı en fazla 128 karakter olabilir',
      pattern: 'Kullanıcı adı boşluk içeremez',
      format: 'Kullanıcı adınızı doğru biçimde girin',
    },
    password: {
      required: 'Yeni bir şifre girin',
      tooLong: 'Şifre en fazla 256 karakter olabilir',
      pattern: 'Şifre boşlukla başlayamaz veya bitemez',
      format: 'Listedeki tüm kurallara uyan bir şifre seçin',
    },
    attributeName: {
      required: 'Neyi doğrulamak istediğinizi seçin',
      tooLong: 'Bilgi alanının adı en fazla 32 karakter olabilir',
      pattern: 'Bilgi alanının adı boşluk içeremez',
      format: 'Bilgi alanının adını doğru biçimde girin',
    },
    value: {
      required: 'Bir {attribute} girin',
      tooLong: 'Girdiğiniz {attribute} en fazla 2.048 karakter olabilir',
      pattern: 'Girdiğiniz {attribute} kullanılamayan karakterler içeriyor',
      format: 'Doğru biçimde bir {attribute} girin',
    },
    valueByAttribute: {
      email: {
        format: 'Doğru biçimde bir e-posta adresi girin, ör. ad@example.com',
      },
      phone_number: {
        pattern: 'Ülke koduyla birlikte bir telefon numarası girin, ör. +15555550123',
        format: 'Ülke koduyla birlikte bir telefon numarası girin, ör. +15555550123',
      },
    },
    configuration: {
      required:
        'Bu sayfada bazı ayar bilgileri eksik. Daha sonra yeniden deneyin veya sorun devam ederse destek ekibiyle iletişime geçin',
      tooLong:
        'Bu sayfa çok uzun ayar bilgileri gönderdi. Daha sonra yeniden deneyin veya sorun devam ederse destek ekibiyle iletişime geçin',
      pattern:
        'Bu sayfa kullanılamayan ayar bilgileri gönderdi. Daha sonra yeniden deneyin veya sorun devam ederse destek ekibiyle iletişime geçin',
      format:
        'Bu sayfa ayar bilgilerini yanlış biçimde gönderdi. Daha sonra yeniden deneyin veya sorun devam ederse destek ekibiyle iletişime geçin',
    },
    accessToken: {
      required: 'Devam etmek için oturum açın',
    },
  },

  attributes: {
    email: { noun: 'e-posta adresi', label: 'E-posta' },
    phone_number: { noun: 'telefon numarası', label: 'Telefon numarası' },
    given_name: { noun: 'ad', label: 'Ad' },
    family_name: { noun: 'soyadı', label: 'Soyadı' },
    preferred_username: { noun: 'tercih edilen kullanıcı adı', label: 'Tercih edilen kullanıcı adı' },
  },

  ui: {
    confirmationCodeLabel: 'Onay kodu',
    verificationCodeLabel: 'Doğrulama kodu',
    confirm: 'Onayla',
    verify: 'Doğrula',
    save: 'Kaydet',
    resendCode: 'Kodu yeniden gönder',
    sendCode: 'Kod gönder',
    resendCodeIn: 'Kodu yeniden gönder ({time})',
    codeSent: 'Kod gönderildi: {destination}.',
    codeSentByEmail: 'Kodu e-postayla şu adrese gönderdik: {destination}.',
    codeSentBySms: 'Kodu SMS ile şu numaraya gönderdik: {destination}.',
    codeSentNoDestination: 'Size bir kod gönderdik.',
    newCodeSent: 'Yeni kod gönderildi: {destination}.',
    resendAvailable: 'Artık yeni bir kod isteyebilirsiniz.',
    confirmed: 'Hesabınız onaylandı.',
    alreadyConfirmed: 'Hesabınız zaten onaylanmış. Oturum açabilirsiniz.',
    verified: 'Hesabınızdaki {attribute} doğrulandı.',
    saved: 'Yeni {attribute} kaydedildi.',
    pendingTitle: 'Yeni {attribute} doğrulanmayı bekliyor',
    pendingBody: '{value} doğrulanana kadar mevcut {attribute} kullanılmaya devam eder.',
    unverifiedTitle: 'Hesabınızdaki {attribute} doğrulanmadı',
    unverifiedBody: '{value} kullanılmadan önce doğrulanmalıdır.',
    cancelChange: 'Değişikliği iptal et',
    tryAgain: 'Yeniden dene',
    signInAgain: 'Yeniden oturum aç',
    useThisAnyway: 'Bunun yerine bu hesapta kullan',
    useThisAnywayHint: 'Diğer hesap artık bu {attribute} ile oturum açamayacak.',
    waitUntil: 'Yeniden denemek için bekleyin: {time}.',
    codeHint: { one: '{length} haneli kodu girin', other: '{length} haneli kodu girin' },
    codeNotSentYet: 'Henüz kod göndermedik. Bir kod isteyin, ardından buraya girin.',
    loading: 'Hesabınızdaki {attribute} yükleniyor…',
    codeHintAnyLength: 'Mesajdaki kodu girin',
    submitting: 'Kontrol ediliyor…',
    sending: 'Gönderiliyor…',
    saving: 'Kaydediliyor…',
    errorPrefix: 'Hata:',
    attributeFallback: 'e-posta adresi veya telefon numarası',
    usernameLabel: 'Kullanıcı adı',
    resetPasswordHint: 'Hesabınızdaki e-posta adresine veya telefon numarasına bir kod göndereceğiz.',
    newPasswordLabel: 'Yeni şifre',
    showPassword: 'Şifreyi göster',
    hidePassword: 'Şifreyi gizle',
    passwordRulesTitle: 'Şifrenizde bulunması gerekenler',
    passwordMinLength: { one: 'En az {count} karakter', other: 'En az {count} karakter' },
    passwordLowercase: 'Bir küçük harf',
    passwordUppercase: 'Bir büyük harf',
    passwordNumber: 'Bir rakam',
    passwordSymbol: 'Bir sembol, ör. ! veya @',
    ruleMet: 'Tamam:',
    ruleNotMet: 'Hâlâ gerekli:',
    passwordRulesLeft: {
      one: 'Karşılanması gereken {count} şifre kuralı kaldı',
      other: 'Karşılanması gereken {count} şifre kuralı kaldı',
    },
    passwordRulesAllMet: 'Şifreniz tüm kurallara uyuyor.',
    resetPassword: 'Şifreyi sıfırla',
    resettingPassword: 'Sıfırlanıyor…',
    passwordChanged: 'Şifreniz değiştirildi. Yeni şifrenizle oturum açın.',
    signIn: 'Oturum aç',
    confirmAccount: 'Hesabı onayla',
    useAnotherUsername: 'Farklı bir kullanıcı adı kullan',
  },
};
