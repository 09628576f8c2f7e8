import type { Messages } from '../messages/types.ts';

/** Malay (ms). */
export const messages: Messages = {
  locale: 'ms',

  exceptions: {
    AliasExistsException:
      'Akaun lain sudah menggunakan {attribute} ini. Gunakan {attribute} lain, atau log masuk ke akaun tersebut.',
    CodeDeliveryFailureException:
      'Kami tidak dapat menghantar kod. Pastikan {attribute} adalah betul, kemudian minta kod baharu.',
    CodeMismatchException: 'Kod itu tidak sepadan dengan kod yang kami hantar. Semak kod itu dan masukkannya sekali lagi.',
    ExpiredCodeException: 'Kod itu telah tamat tempoh. Minta kod baharu, kemudian masukkannya di sini.',
    ForbiddenException:
      'Kami tidak dapat menerima permintaan ini daripada rangkaian anda buat masa ini. Cuba lagi kemudian, atau hubungi pasukan sokongan jika masalah ini berterusan.',
    InternalErrorException: 'Terdapat masalah pada perkhidmatan log masuk. Cuba lagi dalam beberapa minit.',
    InvalidEmailRoleAccessPolicyException:
      'Kami tidak dapat menghantar e-mel buat masa ini kerana masalah di pihak kami. Cuba lagi kemudian, atau hubungi pasukan sokongan.',
    InvalidLambdaResponseException:
      'Kami tidak dapat menyelesaikan proses ini kerana masalah di pihak kami. Cuba lagi kemudian, atau hubungi pasukan sokongan.',
    InvalidParameterException: 'Sebahagian butiran yang dihantar tidak diterima. Semak butiran itu dan cuba lagi.',
    InvalidPasswordException: 'Kata laluan ini tidak memenuhi peraturan. Pilih kata laluan lain.',
    InvalidSmsRoleAccessPolicyException:
      'Kami tidak dapat menghantar SMS buat masa ini kerana masalah di pihak kami. Cuba lagi kemudian, atau hubungi pasukan sokongan.',
    InvalidSmsRoleTrustRelationshipException:
      'SMS tidak dapat dihantar buat masa ini kerana masalah tetapan di pihak kami. Cuba lagi kemudian, atau hubungi pasukan sokongan.',
    LimitExceededException: 'Terlalu banyak percubaan. Tunggu beberapa minit, kemudian cuba lagi.',
    NotAuthorizedException: 'Sesi anda telah tamat. Log masuk semula untuk meneruskan.',
    OperationNotEnabledException:
      'Ciri ini tidak tersedia untuk akaun anda buat masa ini. Hubungi pasukan sokongan jika anda memerlukan bantuan.',
    PasswordHistoryPolicyViolationException:
      'Anda pernah menggunakan kata laluan ini. Pilih kata laluan yang belum anda gunakan baru-baru ini.',
    PasswordResetRequiredException:
      'Anda perlu menetapkan semula kata laluan sebelum boleh meneruskan. Tetapkan semula kata laluan, kemudian log masuk semula.',
    ResourceNotFoundException:
      'Perkhidmatan ini tidak disediakan dengan betul, jadi kami tidak dapat meneruskan. Cuba lagi kemudian, atau hubungi pasukan sokongan.',
    TooManyFailedAttemptsException:
      'Terlalu banyak percubaan yang salah. Tunggu beberapa minit sebelum mencuba lagi.',
    TooManyRequestsException: 'Terlalu banyak permintaan dalam masa yang singkat. Tunggu seminit, kemudian cuba lagi.',
    UnexpectedLambdaException:
      'Berlaku masalah semasa kami menyemak butiran anda. Cuba lagi kemudian, atau hubungi pasukan sokongan.',
    UserLambdaValidationException: 'Butiran anda tidak diterima. Semak butiran itu dan cuba lagi.',
    UserNotConfirmedException:
      'Akaun anda belum disahkan. Sahkan akaun dengan kod yang kami hantar semasa anda mendaftar, kemudian log masuk semula.',
    UserNotFoundException:
      'Kami tidak dapat mencari akaun anda. Akaun itu mungkin telah ditutup. Log masuk semula untuk meneruskan.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Akaun lain sudah menggunakan {attribute} ini. Log masuk ke akaun tersebut, atau daftar semula dengan {attribute} lain.',
      InvalidParameterException:
        'Kami tidak dapat mengesahkan akaun dengan butiran ini. Semak nama pengguna, kemudian masukkan kod sekali lagi.',
      LimitExceededException: 'Terlalu banyak kod yang salah. Tunggu beberapa minit, kemudian masukkan kod sekali lagi.',
      NotAuthorizedException:
        'Akaun ini tidak dapat disahkan. Akaun ini mungkin telah dinyahdayakan. Hubungi pasukan sokongan jika anda memerlukan bantuan.',
      TooManyFailedAttemptsException:
        'Terlalu banyak kod yang salah. Tunggu beberapa minit sebelum memasukkan kod sekali lagi.',
      UserLambdaValidationException:
        'Kami tidak dapat mengesahkan akaun anda kerana sebahagian butiran anda tidak diterima.',
      UserNotFoundException: 'Tiada akaun dengan nama pengguna itu. Semak nama pengguna dan cuba lagi.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Kami tidak dapat menghantar kod baharu. Tunggu sebentar, kemudian minta kod baharu sekali lagi.',
      InvalidParameterException:
        'Kami tidak dapat menghantar kod baharu untuk akaun ini. Jika akaun ini sudah disahkan, log masuk sahaja.',
      LimitExceededException: 'Terlalu banyak kod telah diminta. Tunggu beberapa minit sebelum meminta kod lain.',
      NotAuthorizedException: 'Kami tidak dapat menghantar kod untuk akaun ini. Hubungi pasukan sokongan jika anda memerlukan bantuan.',
      UserLambdaValidationException: 'Kami tidak dapat menghantar kod baharu kerana sebahagian butiran anda tidak diterima.',
      UserNotFoundException: 'Tiada akaun dengan nama pengguna itu. Semak nama pengguna, kemudian minta kod sekali lagi.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Akaun lain sudah menggunakan {attribute} ini. Masukkan {attribute} lain.',
      CodeDeliveryFailureException:
        'Kami tidak dapat menghantar kod ke {attribute} baharu. Pastikan butiran itu betul, kemudian simpan sekali lagi.',
      CodeMismatchException:
        'Perubahan {attribute} anda tidak disimpan kerana semakan kod gagal. Simpan perubahan sekali lagi untuk mendapatkan kod baharu.',
      ExpiredCodeException:
        'Kod untuk perubahan ini telah tamat tempoh. Simpan perubahan sekali lagi untuk mendapatkan kod baharu.',
      InvalidParameterException: 'Anda tidak boleh menggunakan {attribute} ini. Semak butiran itu dan cuba lagi.',
      PasswordResetRequiredException:
        'Anda perlu menetapkan semula kata laluan sebelum boleh menukar {attribute} anda. Tetapkan semula kata laluan, kemudian log masuk semula.',
      UserLambdaValidationException: 'Kami tidak dapat menerima {attribute} ini. Semak butiran itu, atau masukkan yang lain.',
      UserNotConfirmedException:
        'Anda tidak boleh menukar {attribute} selagi akaun anda belum disahkan. Sahkan akaun anda, kemudian cuba lagi.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Kami tidak dapat menghantar kod ke {attribute} anda. Pastikan butiran itu betul, kemudian minta kod baharu.',
      InvalidParameterException:
        'Kami tidak dapat mengesahkan {attribute} anda. Pastikan butiran itu ada tersimpan dalam akaun anda, kemudian cuba lagi.',
      LimitExceededException: 'Terlalu banyak kod telah diminta. Tunggu beberapa minit sebelum meminta kod lain.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Akaun lain sudah menggunakan {attribute} ini, jadi butiran itu tidak boleh disahkan untuk akaun anda. Gunakan {attribute} lain.',
      InvalidParameterException:
        'Kami tidak dapat mengesahkan {attribute} anda dengan kod ini. Minta kod baharu, kemudian masukkannya di sini.',
      LimitExceededException: 'Terlalu banyak kod yang salah. Tunggu beberapa minit, kemudian masukkan kod sekali lagi.',
    },
    GetUser: {
      InvalidParameterException: 'Kami tidak dapat menyemak butiran akaun anda. Log masuk semula untuk meneruskan.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Kami tidak dapat menghantar kod tetapan semula. Tunggu sebentar, kemudian minta kod sekali lagi.',
      InvalidParameterException:
        'Kami tidak dapat menghantar kod tetapan semula untuk akaun ini. Hubungi pasukan sokongan jika anda memerlukan bantuan untuk log masuk.',
      LimitExceededException:
        'Terlalu banyak kod tetapan semula telah diminta. Tunggu beberapa minit sebelum meminta kod lain.',
      NotAuthorizedException:
        'Kata laluan untuk akaun ini tidak boleh ditetapkan semula di sini. Hubungi pasukan sokongan jika anda memerlukan bantuan.',
      OperationNotEnabledException:
        'Kata laluan tidak boleh ditetapkan semula di sini buat masa ini. Hubungi pasukan sokongan jika anda memerlukan bantuan untuk log masuk.',
      UserLambdaValidationException:
        'Kami tidak dapat menghantar kod tetapan semula kerana sebahagian butiran anda tidak diterima.',
      UserNotFoundException:
        'Kami tidak dapat menghantar kod untuk nama pengguna itu. Semak nama pengguna dan cuba lagi.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Kami tidak dapat menetapkan semula kata laluan anda dengan butiran ini. Semak kod dan kata laluan baharu, kemudian cuba lagi.',
      LimitExceededException:
        'Terlalu banyak kod yang salah. Tunggu beberapa minit, kemudian masukkan kod sekali lagi.',
      NotAuthorizedException:
        'Kata laluan untuk akaun ini tidak boleh ditetapkan semula di sini. Hubungi pasukan sokongan jika anda memerlukan bantuan.',
      OperationNotEnabledException:
        'Kata laluan tidak boleh ditetapkan semula di sini buat masa ini. Hubungi pasukan sokongan jika anda memerlukan bantuan untuk log masuk.',
      TooManyFailedAttemptsException:
        'Terlalu banyak kod yang salah. Tunggu beberapa minit sebelum memasukkan kod sekali lagi.',
      UserLambdaValidationException:
        'Kami tidak dapat menukar kata laluan anda kerana sebahagian butiran anda tidak diterima.',
      UserNotConfirmedException:
        'Akaun anda belum disahkan. Sahkan akaun dengan kod yang kami hantar semasa anda mendaftar, kemudian tetapkan semula kata laluan anda.',
      UserNotFoundException:
        'Kami tidak dapat menetapkan semula kata laluan untuk nama pengguna itu. Semak nama pengguna dan cuba lagi.',
    },
  },

  local: {
    ValidationError: 'Semak butiran yang anda masukkan dan cuba lagi.',
    NetworkError: 'Kami tidak dapat menyambung. Semak sambungan internet anda dan cuba lagi.',
    TimeoutError: 'Proses ini mengambil masa terlalu lama. Semak sambungan internet anda dan cuba lagi.',
    AbortError: '',
    SessionExpiredError: 'Anda telah dilog keluar. Log masuk semula untuk meneruskan.',
    UnknownError: 'Berlaku masalah. Cuba lagi, atau hubungi pasukan sokongan jika masalah ini berterusan.',
  },

  validation: {
    code: {
      required: 'Masukkan kod yang kami hantar kepada anda',
      tooLong: 'Masukkan kod daripada mesej itu sahaja',
      pattern: 'Masukkan kod tepat seperti yang tertera dalam mesej',
      format: 'Masukkan kod dalam format yang betul, contohnya 123456',
      incomplete: { other: 'Masukkan kesemua {length} digit kod' },
    },
    username: {
      required: 'Masukkan nama pengguna anda',
      tooLong: 'Nama pengguna mestilah tidak melebihi 128 aksara',
      pattern: 'Nama pengguna tidak boleh mengandungi ruang',
      format: 'Masukkan nama pengguna anda dalam format yang betul',
    },
    password: {
      required: 'Masukkan kata laluan baharu',
      tooLong: 'Kata laluan mestilah tidak melebihi 256 aksara',
      pattern: 'Kata laluan tidak boleh bermula atau berakhir dengan ruang',
      format: 'Pilih kata laluan yang memenuhi setiap peraturan dalam senarai',
    },
    attributeName: {
      required: 'Pilih perkara yang hendak disahkan',
      tooLong: 'Nama atribut mestilah tidak melebihi 32 aksara',
      pattern: 'Nama atribut tidak boleh mengandungi ruang',
      format: 'Masukkan nama atribut dalam format yang betul',
    },
    value: {
      required: 'Masukkan {attribute} anda',
      tooLong: 'Panjang {attribute} anda mestilah tidak melebihi 2,048 aksara',
      pattern: 'Terdapat aksara yang tidak boleh digunakan dalam {attribute} anda',
      format: 'Masukkan {attribute} anda dalam format yang betul',
    },
    valueByAttribute: {
      email: {
        format: 'Masukkan alamat e-mel dalam format yang betul, contohnya nama@example.com',
      },
      phone_number: {
        pattern: 'Masukkan nombor telefon berserta kod negara, contohnya +15555550123',
        format: 'Masukkan nombor telefon berserta kod negara, contohnya +15555550123',
      },
    },
    configuration: {
      required:
        'Halaman ini tidak mempunyai sebahagian butiran tetapan. Cuba lagi kemudian, atau hubungi pasukan sokongan jika masalah ini berterusan',
      tooLong:
        'Halaman ini menghantar butiran tetapan yang terlalu panjang. Cuba lagi kemudian, atau hubungi pasukan sokongan jika masalah ini berterusan',
      pattern:
        'Halaman ini menghantar butiran tetapan yang tidak boleh digunakan. Cuba lagi kemudian, atau hubungi pasukan sokongan jika masalah ini berterusan',
      format:
        'Halaman ini menghantar butiran tetapan dalam format yang salah. Cuba lagi kemudian, atau hubungi pasukan sokongan jika masalah ini berterusan',
    },
    accessToken: {
      required: 'Log masuk untuk meneruskan',
    },
  },

  attributes: {
    email: { noun: 'alamat e-mel', label: 'E-mel' },
    phone_number: { noun: 'nombor telefon', label: 'Nombor telefon' },
    given_name: { noun: 'nama pertama', label: 'Nama pertama' },
    family_name: { noun: 'nama akhir', label: 'Nama akhir' },
    preferred_username: { noun: 'nama pengguna pilihan', label: 'Nama pengguna pilihan' },
  },

  ui: {
    confirmationCodeLabel: 'Kod pengesahan pendaftaran',
    verificationCodeLabel: 'Kod pengesahan',
    confirm: 'Sahkan',
    verify: 'Sahkan',
    save: 'Simpan',
    resendCode: 'Hantar semula kod',
    sendCode: 'Hantar kod',
    resendCodeIn: 'Hantar semula kod dalam {time}',
    codeSent: 'Kami telah menghantar kod ke {destination}.',
    codeSentByEmail: 'Kami telah menghantar kod melalui e-mel ke {destination}.',
    codeSentBySms: 'Kami telah menghantar kod melalui SMS ke {destination}.',
    codeSentNoDestination: 'Kami telah menghantar kod kepada anda.',
    newCodeSent: 'Kami telah menghantar kod baharu ke {destination}.',
    resendAvailable: 'Anda boleh meminta kod baharu sekarang.',
    confirmed: 'Akaun anda telah disahkan.',
    alreadyConfirmed: 'Akaun anda sudah disahkan. Anda boleh log masuk.',
    verified: 'Pengesahan {attribute} anda berjaya.',
    saved: 'Perubahan {attribute} anda telah disimpan.',
    pendingTitle: 'Sahkan {attribute} baharu anda',
    pendingBody: 'Selagi anda belum mengesahkan {value}, {attribute} semasa anda kekal aktif.',
    unverifiedTitle: 'Anda belum mengesahkan {attribute} ini',
    unverifiedBody: '{value} perlu disahkan sebelum anda boleh menggunakannya.',
    cancelChange: 'Batalkan perubahan',
    tryAgain: 'Cuba lagi',
    signInAgain: 'Log masuk semula',
    useThisAnyway: 'Gunakan untuk akaun ini',
    useThisAnywayHint: 'Akaun yang satu lagi tidak akan dapat log masuk dengan {attribute} ini lagi.',
    waitUntil: 'Cuba lagi selepas {time}.',
    codeHint: { other: 'Masukkan kod {length} digit' },
    codeNotSentYet: 'Kami belum menghantar kod. Minta kod dahulu, kemudian masukkannya di sini.',
    loading: 'Memuatkan {attribute} anda…',
    codeHintAnyLength: 'Masukkan kod daripada mesej',
    submitting: 'Menyemak…',
    sending: 'Menghantar…',
    saving: 'Menyimpan…',
    errorPrefix: 'Ralat:',
    attributeFallback: 'alamat e-mel atau nombor telefon',
    usernameLabel: 'Nama pengguna',
    resetPasswordHint: 'Kami akan menghantar kod ke alamat e-mel atau nombor telefon dalam akaun anda.',
    newPasswordLabel: 'Kata laluan baharu',
    showPassword: 'Tunjukkan kata laluan',
    hidePassword: 'Sembunyikan kata laluan',
    passwordRulesTitle: 'Kata laluan anda memerlukan',
    passwordMinLength: { other: 'Sekurang-kurangnya {count} aksara' },
    passwordLowercase: 'Satu huruf kecil',
    passwordUppercase: 'Satu huruf besar',
    passwordNumber: 'Satu nombor',
    passwordSymbol: 'Satu simbol, seperti ! atau @',
    ruleMet: 'Dipenuhi:',
    ruleNotMet: 'Belum dipenuhi:',
    passwordRulesLeft: { other: 'Masih ada {count} peraturan kata laluan yang belum dipenuhi' },
    passwordRulesAllMet: 'Kata laluan anda memenuhi setiap peraturan.',
    resetPassword: 'Tetapkan semula kata laluan',
    resettingPassword: 'Menetapkan semula…',
    passwordChanged: 'Kata laluan anda telah ditukar. Log masuk dengan kata laluan baharu anda.',
    signIn: 'Log masuk',
    confirmAccount: 'Sahkan akaun anda',
    useAnotherUsername: 'Gunakan nama pengguna lain',
  },
};
