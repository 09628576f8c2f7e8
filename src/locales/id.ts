import type { Messages } from '../messages/types.ts';

/** Indonesian (id). */
export const messages: Messages = {
  locale: 'id',

  exceptions: {
    AliasExistsException:
      'Akun lain sudah menggunakan {attribute} ini. Gunakan {attribute} lain, atau masuk ke akun tersebut.',
    CodeDeliveryFailureException:
      'Kami tidak dapat mengirim kode. Pastikan {attribute} sudah benar, lalu minta kode baru.',
    CodeMismatchException: 'Kode tersebut tidak cocok dengan kode yang kami kirim. Periksa kodenya, lalu masukkan lagi.',
    ExpiredCodeException: 'Kode tersebut sudah kedaluwarsa. Minta kode baru, lalu masukkan di sini.',
    ForbiddenException:
      'Saat ini kami tidak dapat menerima permintaan ini dari jaringan Anda. Coba lagi nanti, atau hubungi tim dukungan jika masalah ini terus terjadi.',
    InternalErrorException: 'Layanan masuk sedang mengalami masalah. Coba lagi dalam beberapa menit.',
    InvalidEmailRoleAccessPolicyException:
      'Saat ini kami tidak dapat mengirim email karena ada masalah di pihak kami. Coba lagi nanti, atau hubungi tim dukungan.',
    InvalidLambdaResponseException:
      'Kami tidak dapat menyelesaikan proses ini karena ada masalah di pihak kami. Coba lagi nanti, atau hubungi tim dukungan.',
    InvalidParameterException: 'Sebagian data yang dikirim tidak dapat diterima. Periksa data tersebut, lalu coba lagi.',
    InvalidPasswordException: 'Sandi ini belum memenuhi ketentuan. Pilih sandi lain.',
    InvalidSmsRoleAccessPolicyException:
      'Saat ini kami tidak dapat mengirim SMS karena ada masalah di pihak kami. Coba lagi nanti, atau hubungi tim dukungan.',
    InvalidSmsRoleTrustRelationshipException:
      'Saat ini SMS tidak dapat dikirim karena ada masalah pengaturan di pihak kami. Coba lagi nanti, atau hubungi tim dukungan.',
    LimitExceededException: 'Terlalu banyak percobaan. Tunggu beberapa menit, lalu coba lagi.',
    NotAuthorizedException: 'Sesi Anda telah berakhir. Masuk lagi untuk melanjutkan.',
    OperationNotEnabledException:
      'Saat ini fitur ini tidak tersedia untuk akun Anda. Hubungi tim dukungan jika Anda memerlukan bantuan.',
    PasswordHistoryPolicyViolationException:
      'Anda pernah menggunakan sandi ini. Pilih sandi yang belum Anda gunakan baru-baru ini.',
    PasswordResetRequiredException:
      'Anda perlu mengatur ulang sandi sebelum dapat melanjutkan. Atur ulang sandi, lalu masuk lagi.',
    ResourceNotFoundException:
      'Layanan ini belum disiapkan dengan benar, sehingga kami tidak dapat melanjutkan. Coba lagi nanti, atau hubungi tim dukungan.',
    TooManyFailedAttemptsException:
      'Terlalu banyak percobaan yang salah. Tunggu beberapa menit sebelum mencoba lagi.',
    TooManyRequestsException: 'Terlalu banyak permintaan dalam waktu singkat. Tunggu sebentar, lalu coba lagi.',
    UnexpectedLambdaException:
      'Terjadi masalah saat kami memeriksa data Anda. Coba lagi nanti, atau hubungi tim dukungan.',
    UserLambdaValidationException: 'Data Anda tidak dapat diterima. Periksa data tersebut, lalu coba lagi.',
    UserNotConfirmedException:
      'Akun Anda belum dikonfirmasi. Konfirmasikan dengan kode yang kami kirim saat Anda mendaftar, lalu masuk lagi.',
    UserNotFoundException: 'Kami tidak dapat menemukan akun Anda. Akun ini mungkin sudah ditutup. Masuk lagi untuk melanjutkan.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Akun lain sudah menggunakan {attribute} ini. Masuk ke akun tersebut, atau daftar lagi dengan {attribute} lain.',
      InvalidParameterException:
        'Kami tidak dapat mengonfirmasi akun dengan data ini. Periksa nama pengguna, lalu masukkan kodenya lagi.',
      LimitExceededException: 'Terlalu banyak kode yang salah. Tunggu beberapa menit, lalu masukkan kodenya lagi.',
      NotAuthorizedException:
        'Akun ini tidak dapat dikonfirmasi. Akun ini mungkin telah dinonaktifkan. Hubungi tim dukungan jika Anda memerlukan bantuan.',
      TooManyFailedAttemptsException:
        'Terlalu banyak kode yang salah. Tunggu beberapa menit sebelum memasukkan kodenya lagi.',
      UserLambdaValidationException:
        'Kami tidak dapat mengonfirmasi akun Anda karena sebagian data Anda tidak dapat diterima.',
      UserNotFoundException: 'Tidak ada akun dengan nama pengguna tersebut. Periksa nama pengguna, lalu coba lagi.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Kami tidak dapat mengirim kode baru. Tunggu sebentar, lalu minta kode baru lagi.',
      InvalidParameterException:
        'Kami tidak dapat mengirim kode baru untuk akun ini. Jika akun sudah dikonfirmasi, langsung masuk saja.',
      LimitExceededException: 'Terlalu banyak permintaan kode. Tunggu beberapa menit sebelum meminta kode lagi.',
      NotAuthorizedException: 'Kami tidak dapat mengirim kode untuk akun ini. Hubungi tim dukungan jika Anda memerlukan bantuan.',
      UserLambdaValidationException: 'Kami tidak dapat mengirim kode baru karena sebagian data Anda tidak dapat diterima.',
      UserNotFoundException: 'Tidak ada akun dengan nama pengguna tersebut. Periksa nama pengguna, lalu minta kode lagi.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Akun lain sudah menggunakan {attribute} ini. Masukkan {attribute} lain.',
      CodeDeliveryFailureException:
        'Kami tidak dapat mengirim kode ke {attribute} baru. Pastikan sudah benar, lalu simpan lagi.',
      CodeMismatchException:
        'Perubahan {attribute} Anda tidak disimpan karena pemeriksaan kode gagal. Simpan perubahan lagi untuk mendapatkan kode baru.',
      ExpiredCodeException:
        'Kode untuk perubahan ini sudah kedaluwarsa. Simpan perubahan lagi untuk mendapatkan kode baru.',
      InvalidParameterException: 'Anda tidak dapat menggunakan {attribute} ini. Periksa kembali, lalu coba lagi.',
      PasswordResetRequiredException:
        'Anda perlu mengatur ulang sandi sebelum dapat mengubah {attribute}. Atur ulang sandi, lalu masuk lagi.',
      UserLambdaValidationException: 'Kami tidak dapat menerima {attribute} ini. Periksa kembali, atau masukkan yang lain.',
      UserNotConfirmedException:
        'Anda tidak dapat mengubah {attribute} sebelum akun Anda dikonfirmasi. Konfirmasikan akun Anda, lalu coba lagi.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Kami tidak dapat mengirim kode ke {attribute} Anda. Pastikan sudah benar, lalu minta kode baru.',
      InvalidParameterException:
        'Kami tidak dapat memverifikasi {attribute} Anda. Pastikan data tersebut tersimpan di akun Anda, lalu coba lagi.',
      LimitExceededException: 'Terlalu banyak permintaan kode. Tunggu beberapa menit sebelum meminta kode lagi.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Akun lain sudah menggunakan {attribute} ini, sehingga tidak dapat diverifikasi untuk akun Anda. Gunakan {attribute} lain.',
      InvalidParameterException:
        'Kami tidak dapat memverifikasi {attribute} Anda dengan kode ini. Minta kode baru, lalu masukkan di sini.',
      LimitExceededException: 'Terlalu banyak kode yang salah. Tunggu beberapa menit, lalu masukkan kodenya lagi.',
    },
    GetUser: {
      InvalidParameterException: 'Kami tidak dapat memeriksa detail akun Anda. Masuk lagi untuk melanjutkan.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Kami tidak dapat mengirim kode untuk mengatur ulang sandi. Tunggu sebentar, lalu minta kode lagi.',
      InvalidParameterException:
        'Kami tidak dapat mengirim kode untuk mengatur ulang sandi akun ini. Hubungi tim dukungan jika Anda memerlukan bantuan untuk masuk.',
      LimitExceededException:
        'Terlalu banyak permintaan kode untuk mengatur ulang sandi. Tunggu beberapa menit sebelum meminta kode lagi.',
      NotAuthorizedException:
        'Sandi untuk akun ini tidak dapat diatur ulang di sini. Hubungi tim dukungan jika Anda memerlukan bantuan.',
      OperationNotEnabledException:
        'Saat ini sandi tidak dapat diatur ulang di sini. Hubungi tim dukungan jika Anda memerlukan bantuan untuk masuk.',
      UserLambdaValidationException:
        'Kami tidak dapat mengirim kode untuk mengatur ulang sandi karena sebagian data Anda tidak dapat diterima.',
      UserNotFoundException:
        'Kami tidak dapat mengirim kode untuk nama pengguna tersebut. Periksa nama pengguna, lalu coba lagi.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Kami tidak dapat mengatur ulang sandi Anda dengan data ini. Periksa kode dan sandi baru, lalu coba lagi.',
      LimitExceededException: 'Terlalu banyak kode yang salah. Tunggu beberapa menit, lalu masukkan kodenya lagi.',
      NotAuthorizedException:
        'Sandi untuk akun ini tidak dapat diatur ulang di sini. Hubungi tim dukungan jika Anda memerlukan bantuan.',
      OperationNotEnabledException:
        'Saat ini sandi tidak dapat diatur ulang di sini. Hubungi tim dukungan jika Anda memerlukan bantuan untuk masuk.',
      TooManyFailedAttemptsException:
        'Terlalu banyak kode yang salah. Tunggu beberapa menit sebelum memasukkan kodenya lagi.',
      UserLambdaValidationException:
        'Kami tidak dapat mengubah sandi Anda karena sebagian data Anda tidak dapat diterima.',
      UserNotConfirmedException:
        'Akun Anda belum dikonfirmasi. Konfirmasikan dengan kode yang kami kirim saat Anda mendaftar, lalu atur ulang sandi Anda.',
      UserNotFoundException:
        'Kami tidak dapat mengatur ulang sandi untuk nama pengguna tersebut. Periksa nama pengguna, lalu coba lagi.',
    },
  },

  local: {
    ValidationError: 'Periksa data yang Anda masukkan, lalu coba lagi.',
    NetworkError: 'Kami tidak dapat terhubung. Periksa koneksi internet Anda, lalu coba lagi.',
    TimeoutError: 'Proses ini terlalu lama. Periksa koneksi internet Anda, lalu coba lagi.',
    AbortError: '',
    SessionExpiredError: 'Anda telah keluar. Masuk lagi untuk melanjutkan.',
    UnknownError: 'Terjadi masalah. Coba lagi, atau hubungi tim dukungan jika masalah ini terus terjadi.',
  },

  validation: {
    code: {
      required: 'Masukkan kode yang kami kirim kepada Anda',
      tooLong: 'Masukkan kode dari pesan saja',
      pattern: 'Masukkan kode persis seperti yang tertulis di pesan',
      format: 'Masukkan kode dengan format yang benar, misalnya 123456',
      incomplete: { other: 'Masukkan semua {length} digit kode' },
    },
    username: {
      required: 'Masukkan nama pengguna Anda',
      tooLong: 'Nama pengguna maksimal 128 karakter',
      pattern: 'Nama pengguna tidak boleh berisi spasi',
      format: 'Masukkan nama pengguna dengan format yang benar',
    },
    password: {
      required: 'Masukkan sandi baru',
      tooLong: 'Sandi maksimal 256 karakter',
      pattern: 'Sandi tidak boleh diawali atau diakhiri dengan spasi',
      format: 'Pilih sandi yang memenuhi semua ketentuan dalam daftar',
    },
    attributeName: {
      required: 'Pilih yang ingin diverifikasi',
      tooLong: 'Nama atribut maksimal 32 karakter',
      pattern: 'Nama atribut tidak boleh berisi spasi',
      format: 'Masukkan nama atribut dengan format yang benar',
    },
    value: {
      required: 'Masukkan {attribute} Anda',
      tooLong: 'Panjang {attribute} Anda maksimal 2.048 karakter',
      pattern: 'Ada karakter yang tidak dapat digunakan dalam {attribute} Anda',
      format: 'Masukkan {attribute} Anda dengan format yang benar',
    },
    valueByAttribute: {
      email: {
        format: 'Masukkan alamat email dengan format yang benar, misalnya nama@example.com',
      },
      phone_number: {
        pattern: 'Masukkan nomor telepon beserta kode negara, misalnya +15555550123',
        format: 'Masukkan nomor telepon beserta kode negara, misalnya +15555550123',
      },
    },
    configuration: {
      required:
        'Halaman ini tidak memiliki sebagian detail pengaturan. Coba lagi nanti, atau hubungi tim dukungan jika masalah ini terus terjadi',
      tooLong:
        'Halaman ini mengirim detail pengaturan yang terlalu panjang. Coba lagi nanti, atau hubungi tim dukungan jika masalah ini terus terjadi',
      pattern:
        'Halaman ini mengirim detail pengaturan yang tidak dapat digunakan. Coba lagi nanti, atau hubungi tim dukungan jika masalah ini terus terjadi',
      format:
        'Halaman ini mengirim detail pengaturan dengan format yang salah. Coba lagi nanti, atau hubungi tim dukungan jika masalah ini terus terjadi',
    },
    accessToken: {
      required: 'Masuk untuk melanjutkan',
    },
  },

  attributes: {
    email: { noun: 'alamat email', label: 'Email' },
    phone_number: { noun: 'nomor telepon', label: 'Nomor telepon' },
    given_name: { noun: 'nama depan', label: 'Nama depan' },
    family_name: { noun: 'nama belakang', label: 'Nama belakang' },
    preferred_username: { noun: 'nama pengguna pilihan', label: 'Nama pengguna pilihan' },
  },

  ui: {
    confirmationCodeLabel: 'Kode konfirmasi',
    verificationCodeLabel: 'Kode verifikasi',
    confirm: 'Konfirmasi',
    verify: 'Verifikasi',
    save: 'Simpan',
    resendCode: 'Kirim ulang kode',
    sendCode: 'Kirim kode',
    resendCodeIn: 'Kirim ulang kode dalam {time}',
    codeSent: 'Kami telah mengirim kode ke {destination}.',
    codeSentByEmail: 'Kami telah mengirim kode melalui email ke {destination}.',
    codeSentBySms: 'Kami telah mengirim kode melalui SMS ke {destination}.',
    codeSentNoDestination: 'Kami telah mengirimkan kode kepada Anda.',
    newCodeSent: 'Kami telah mengirim kode baru ke {destination}.',
    resendAvailable: 'Sekarang Anda dapat meminta kode baru.',
    confirmed: 'Akun Anda telah dikonfirmasi.',
    alreadyConfirmed: 'Akun Anda sudah dikonfirmasi. Anda dapat masuk.',
    verified: 'Verifikasi {attribute} Anda berhasil.',
    saved: 'Perubahan {attribute} Anda telah disimpan.',
    pendingTitle: 'Verifikasi {attribute} baru Anda',
    pendingBody: 'Sampai Anda memverifikasi {value}, {attribute} Anda saat ini tetap aktif.',
    unverifiedTitle: 'Anda belum memverifikasi {attribute}',
    unverifiedBody: '{value} perlu diverifikasi sebelum dapat Anda gunakan.',
    cancelChange: 'Batalkan perubahan',
    tryAgain: 'Coba lagi',
    signInAgain: 'Masuk lagi',
    useThisAnyway: 'Gunakan untuk akun ini saja',
    useThisAnywayHint: 'Akun lain tersebut tidak akan dapat lagi masuk dengan {attribute} ini.',
    waitUntil: 'Coba lagi setelah {time}.',
    codeHint: { other: 'Masukkan kode {length} digit' },
    codeNotSentYet: 'Kami belum mengirim kode. Minta kode terlebih dahulu, lalu masukkan di sini.',
    loading: 'Memuat {attribute} Anda…',
    codeHintAnyLength: 'Masukkan kode dari pesan',
    submitting: 'Memeriksa…',
    sending: 'Mengirim…',
    saving: 'Menyimpan…',
    errorPrefix: 'Kesalahan:',
    attributeFallback: 'alamat email atau nomor telepon',
    usernameLabel: 'Nama pengguna',
    resetPasswordHint: 'Kami akan mengirim kode ke alamat email atau nomor telepon yang terdaftar di akun Anda.',
    newPasswordLabel: 'Sandi baru',
    showPassword: 'Tampilkan sandi',
    hidePassword: 'Sembunyikan sandi',
    passwordRulesTitle: 'Sandi Anda harus memiliki',
    passwordMinLength: { other: 'Minimal {count} karakter' },
    passwordLowercase: 'Huruf kecil',
    passwordUppercase: 'Huruf kapital',
    passwordNumber: 'Angka',
    passwordSymbol: 'Simbol, seperti ! atau @',
    ruleMet: 'Terpenuhi:',
    ruleNotMet: 'Belum terpenuhi:',
    passwordRulesLeft: { other: 'Masih ada {count} ketentuan sandi yang belum terpenuhi' },
    passwordRulesAllMet: 'Sandi Anda sudah memenuhi semua ketentuan.',
    resetPassword: 'Atur ulang sandi',
    resettingPassword: 'Mengatur ulang…',
    passwordChanged: 'Sandi Anda telah diubah. Masuk dengan sandi baru Anda.',
    signIn: 'Masuk',
    confirmAccount: 'Konfirmasi akun Anda',
    useAnotherUsername: 'Gunakan nama pengguna lain',
  },
};
