import type { Messages } from '../messages/types.ts';

/** Vietnamese (vi). */
export const messages: Messages = {
  locale: 'vi',

  exceptions: {
    AliasExistsException:
      'Một tài khoản khác đã dùng {attribute} này. Hãy dùng {attribute} khác hoặc đăng nhập vào tài khoản kia.',
    CodeDeliveryFailureException:
      'Chúng tôi không gửi được mã. Hãy kiểm tra xem {attribute} có đúng không, rồi yêu cầu mã mới.',
    CodeMismatchException: 'Mã này không khớp với mã chúng tôi đã gửi. Hãy kiểm tra mã rồi nhập lại.',
    ExpiredCodeException: 'Mã này đã hết hạn. Hãy yêu cầu mã mới, rồi nhập mã vào đây.',
    ForbiddenException:
      'Hiện chúng tôi không thể nhận yêu cầu này từ mạng của bạn. Hãy thử lại sau hoặc liên hệ bộ phận hỗ trợ nếu lỗi này vẫn tiếp diễn.',
    InternalErrorException: 'Dịch vụ đăng nhập đang gặp sự cố. Hãy thử lại sau vài phút.',
    InvalidEmailRoleAccessPolicyException:
      'Hiện chúng tôi không gửi được email do sự cố từ phía chúng tôi. Hãy thử lại sau hoặc liên hệ bộ phận hỗ trợ.',
    InvalidLambdaResponseException:
      'Chúng tôi không thể hoàn tất thao tác này do sự cố từ phía chúng tôi. Hãy thử lại sau hoặc liên hệ bộ phận hỗ trợ.',
    InvalidParameterException: 'Một số thông tin đã gửi không được chấp nhận. Hãy kiểm tra lại rồi thử lại.',
    InvalidPasswordException: 'Mật khẩu này chưa đáp ứng các quy tắc. Hãy chọn mật khẩu khác.',
    InvalidSmsRoleAccessPolicyException:
      'Hiện chúng tôi không gửi được tin nhắn SMS do sự cố từ phía chúng tôi. Hãy thử lại sau hoặc liên hệ bộ phận hỗ trợ.',
    InvalidSmsRoleTrustRelationshipException:
      'Hiện không thể gửi tin nhắn SMS do sự cố cài đặt từ phía chúng tôi. Hãy thử lại sau hoặc liên hệ bộ phận hỗ trợ.',
    LimitExceededException: 'Đã có quá nhiều lần thử. Hãy đợi vài phút rồi thử lại.',
    NotAuthorizedException: 'Phiên của bạn đã kết thúc. Hãy đăng nhập lại để tiếp tục.',
    OperationNotEnabledException:
      'Hiện tài khoản của bạn chưa dùng được tính năng này. Hãy liên hệ bộ phận hỗ trợ nếu bạn cần giúp đỡ.',
    PasswordHistoryPolicyViolationException: 'Bạn đã từng dùng mật khẩu này. Hãy chọn mật khẩu bạn chưa dùng gần đây.',
    PasswordResetRequiredException:
      'Bạn cần đặt lại mật khẩu trước khi tiếp tục. Hãy đặt lại mật khẩu, rồi đăng nhập lại.',
    ResourceNotFoundException:
      'Dịch vụ này chưa được thiết lập đúng nên chúng tôi không thể tiếp tục. Hãy thử lại sau hoặc liên hệ bộ phận hỗ trợ.',
    TooManyFailedAttemptsException:
      'Đã có quá nhiều lần thử không đúng. Hãy đợi vài phút trước khi thử lại.',
    TooManyRequestsException: 'Có quá nhiều yêu cầu trong thời gian ngắn. Hãy đợi một phút rồi thử lại.',
    UnexpectedLambdaException:
      'Đã xảy ra lỗi khi chúng tôi kiểm tra thông tin của bạn. Hãy thử lại sau hoặc liên hệ bộ phận hỗ trợ.',
    UserLambdaValidationException: 'Thông tin của bạn không được chấp nhận. Hãy kiểm tra lại rồi thử lại.',
    UserNotConfirmedException:
      'Tài khoản của bạn chưa được xác nhận. Hãy xác nhận bằng mã chúng tôi đã gửi khi bạn đăng ký, rồi đăng nhập lại.',
    UserNotFoundException:
      'Chúng tôi không tìm thấy tài khoản của bạn. Có thể tài khoản đã bị đóng. Hãy đăng nhập lại để tiếp tục.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Một tài khoản khác đã dùng {attribute} này. Hãy đăng nhập vào tài khoản đó hoặc đăng ký lại bằng {attribute} khác.',
      InvalidParameterException:
        'Chúng tôi không thể xác nhận tài khoản với thông tin này. Hãy kiểm tra tên người dùng, rồi nhập lại mã.',
      LimitExceededException: 'Đã có quá nhiều lần nhập sai mã. Hãy đợi vài phút rồi nhập lại mã.',
      NotAuthorizedException:
        'Không thể xác nhận tài khoản này. Có thể tài khoản đã bị vô hiệu hóa. Hãy liên hệ bộ phận hỗ trợ nếu bạn cần giúp đỡ.',
      TooManyFailedAttemptsException:
        'Đã có quá nhiều lần nhập sai mã. Hãy đợi vài phút trước khi nhập lại mã.',
      UserLambdaValidationException:
        'Chúng tôi không thể xác nhận tài khoản của bạn vì một số thông tin của bạn không được chấp nhận.',
      UserNotFoundException: 'Không có tài khoản nào với tên người dùng này. Hãy kiểm tra tên người dùng rồi thử lại.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Chúng tôi không gửi được mã mới. Hãy đợi một lát, rồi yêu cầu mã mới lần nữa.',
      InvalidParameterException:
        'Chúng tôi không thể gửi mã mới cho tài khoản này. Nếu tài khoản đã được xác nhận, hãy đăng nhập.',
      LimitExceededException: 'Đã có quá nhiều yêu cầu gửi mã. Hãy đợi vài phút trước khi yêu cầu mã khác.',
      NotAuthorizedException: 'Chúng tôi không thể gửi mã cho tài khoản này. Hãy liên hệ bộ phận hỗ trợ nếu bạn cần giúp đỡ.',
      UserLambdaValidationException: 'Chúng tôi không thể gửi mã mới vì một số thông tin của bạn không được chấp nhận.',
      UserNotFoundException: 'Không có tài khoản nào với tên người dùng này. Hãy kiểm tra tên người dùng, rồi yêu cầu mã lại.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Một tài khoản khác đã dùng {attribute} này. Hãy nhập {attribute} khác.',
      CodeDeliveryFailureException:
        'Chúng tôi không gửi được mã đến {attribute} mới. Hãy kiểm tra xem thông tin có đúng không, rồi lưu lại.',
      CodeMismatchException:
        'Chưa thay đổi được {attribute} của bạn vì bước kiểm tra mã không thành công. Hãy lưu thay đổi lần nữa để nhận mã mới.',
      ExpiredCodeException:
        'Mã cho thay đổi này đã hết hạn. Hãy lưu thay đổi lần nữa để nhận mã mới.',
      InvalidParameterException: 'Không thể dùng {attribute} này. Hãy kiểm tra lại rồi thử lại.',
      PasswordResetRequiredException:
        'Bạn cần đặt lại mật khẩu trước khi có thể thay đổi {attribute}. Hãy đặt lại mật khẩu, rồi đăng nhập lại.',
      UserLambdaValidationException: 'Chúng tôi không chấp nhận được {attribute} này. Hãy kiểm tra lại hoặc nhập thông tin khác.',
      UserNotConfirmedException:
        'Bạn chỉ có thể thay đổi {attribute} sau khi tài khoản được xác nhận. Hãy xác nhận tài khoản, rồi thử lại.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Chúng tôi không gửi được mã đến {attribute} của bạn. Hãy kiểm tra xem thông tin có đúng không, rồi yêu cầu mã mới.',
      InvalidParameterException:
        'Không thể xác minh {attribute} của bạn. Hãy kiểm tra xem tài khoản đã lưu thông tin này chưa, rồi thử lại.',
      LimitExceededException: 'Đã có quá nhiều yêu cầu gửi mã. Hãy đợi vài phút trước khi yêu cầu mã khác.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Một tài khoản khác đã dùng {attribute} này nên không thể xác minh cho tài khoản của bạn. Hãy dùng {attribute} khác.',
      InvalidParameterException:
        'Chúng tôi không thể xác minh {attribute} của bạn bằng mã này. Hãy yêu cầu mã mới, rồi nhập mã vào đây.',
      LimitExceededException: 'Đã có quá nhiều lần nhập sai mã. Hãy đợi vài phút rồi nhập lại mã.',
    },
    GetUser: {
      InvalidParameterException: 'Chúng tôi không thể kiểm tra thông tin tài khoản của bạn. Hãy đăng nhập lại để tiếp tục.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Chúng tôi không gửi được mã đặt lại mật khẩu. Hãy đợi một lát, rồi yêu cầu mã lần nữa.',
      InvalidParameterException:
        'Chúng tôi không thể gửi mã đặt lại mật khẩu cho tài khoản này. Hãy liên hệ bộ phận hỗ trợ nếu bạn cần giúp đỡ để đăng nhập.',
      LimitExceededException:
        'Đã có quá nhiều yêu cầu gửi mã đặt lại mật khẩu. Hãy đợi vài phút trước khi yêu cầu mã khác.',
      NotAuthorizedException:
        'Không thể đặt lại mật khẩu của tài khoản này tại đây. Hãy liên hệ bộ phận hỗ trợ nếu bạn cần giúp đỡ.',
      OperationNotEnabledException:
        'Hiện không thể đặt lại mật khẩu tại đây. Hãy liên hệ bộ phận hỗ trợ nếu bạn cần giúp đỡ để đăng nhập.',
      UserLambdaValidationException:
        'Chúng tôi không thể gửi mã đặt lại mật khẩu vì một số thông tin của bạn không được chấp nhận.',
      UserNotFoundException:
        'Chúng tôi không thể gửi mã cho tên người dùng này. Hãy kiểm tra tên người dùng rồi thử lại.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Chúng tôi không thể đặt lại mật khẩu với thông tin này. Hãy kiểm tra mã và mật khẩu mới, rồi thử lại.',
      LimitExceededException: 'Đã có quá nhiều lần nhập sai mã. Hãy đợi vài phút rồi nhập lại mã.',
      NotAuthorizedException:
        'Không thể đặt lại mật khẩu của tài khoản này tại đây. Hãy liên hệ bộ phận hỗ trợ nếu bạn cần giúp đỡ.',
      OperationNotEnabledException:
        'Hiện không thể đặt lại mật khẩu tại đây. Hãy liên hệ bộ phận hỗ trợ nếu bạn cần giúp đỡ để đăng nhập.',
      TooManyFailedAttemptsException: 'Đã có quá nhiều lần nhập sai mã. Hãy đợi vài phút trước khi nhập lại mã.',
      UserLambdaValidationException:
        'Chúng tôi không thể đổi mật khẩu của bạn vì một số thông tin của bạn không được chấp nhận.',
      UserNotConfirmedException:
        'Tài khoản của bạn chưa được xác nhận. Hãy xác nhận bằng mã chúng tôi đã gửi khi bạn đăng ký, rồi đặt lại mật khẩu.',
      UserNotFoundException:
        'Chúng tôi không thể đặt lại mật khẩu cho tên người dùng này. Hãy kiểm tra tên người dùng rồi thử lại.',
    },
  },

  local: {
    ValidationError: 'Hãy kiểm tra thông tin bạn đã nhập rồi thử lại.',
    NetworkError: 'Chúng tôi không kết nối được. Hãy kiểm tra kết nối Internet rồi thử lại.',
    TimeoutError: 'Thao tác này mất quá nhiều thời gian. Hãy kiểm tra kết nối Internet rồi thử lại.',
    AbortError: '',
    SessionExpiredError: 'Bạn đã bị đăng xuất. Hãy đăng nhập lại để tiếp tục.',
    UnknownError: 'Đã xảy ra lỗi. Hãy thử lại hoặc liên hệ bộ phận hỗ trợ nếu lỗi này vẫn tiếp diễn.',
  },

  validation: {
    code: {
      required: 'Nhập mã chúng tôi đã gửi cho bạn',
      tooLong: 'Chỉ nhập mã trong tin nhắn',
      pattern: 'Nhập mã chính xác như trong tin nhắn',
      format: 'Nhập mã theo đúng định dạng, ví dụ 123456',
      incomplete: { other: 'Nhập đủ {length} chữ số của mã' },
    },
    username: {
      required: 'Nhập tên người dùng của bạn',
      tooLong: 'Tên người dùng không được dài quá 128 ký tự',
      pattern: 'Tên người dùng không được chứa dấu cách',
      format: 'Nhập tên người dùng theo đúng định dạng',
    },
    password: {
      required: 'Nhập mật khẩu mới',
      tooLong: 'Mật khẩu không được dài quá 256 ký tự',
      pattern: 'Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách',
      format: 'Chọn mật khẩu đáp ứng mọi quy tắc trong danh sách',
    },
    attributeName: {
      required: 'Chọn thông tin cần xác minh',
      tooLong: 'Tên thuộc tính không được dài quá 32 ký tự',
      pattern: 'Tên thuộc tính không được chứa dấu cách',
      format: 'Nhập tên thuộc tính theo đúng định dạng',
    },
    value: {
      required: 'Nhập {attribute} của bạn',
      tooLong: 'Độ dài {attribute} của bạn không được quá 2.048 ký tự',
      pattern: 'Trong {attribute} của bạn có ký tự không dùng được',
      format: 'Nhập {attribute} của bạn theo đúng định dạng',
    },
    valueByAttribute: {
      email: {
        format: 'Nhập địa chỉ email theo đúng định dạng, ví dụ ten@example.com',
      },
      phone_number: {
        pattern: 'Nhập số điện thoại kèm mã quốc gia, ví dụ +15555550123',
        format: 'Nhập số điện thoại kèm mã quốc gia, ví dụ +15555550123',
      },
    },
    configuration: {
      required:
        'Trang này thiếu một số thông tin thiết lập. Hãy thử lại sau hoặc liên hệ bộ phận hỗ trợ nếu lỗi này vẫn tiếp diễn',
      tooLong:
        'Trang này đã gửi thông tin thiết lập quá dài. Hãy thử lại sau hoặc liên hệ bộ phận hỗ trợ nếu lỗi này vẫn tiếp diễn',
      pattern:
        'Trang này đã gửi thông tin thiết lập không dùng được. Hãy thử lại sau hoặc liên hệ bộ phận hỗ trợ nếu lỗi này vẫn tiếp diễn',
      format:
        'Trang này đã gửi thông tin thiết lập sai định dạng. Hãy thử lại sau hoặc liên hệ bộ phận hỗ trợ nếu lỗi này vẫn tiếp diễn',
    },
    accessToken: {
      required: 'Hãy đăng nhập để tiếp tục',
    },
  },

  attributes: {
    email: { noun: 'địa chỉ email', label: 'Email' },
    phone_number: { noun: 'số điện thoại', label: 'Số điện thoại' },
    given_name: { noun: 'tên', label: 'Tên' },
    family_name: { noun: 'họ', label: 'Họ' },
    preferred_username: { noun: 'tên người dùng ưa thích', label: 'Tên người dùng ưa thích' },
  },

  ui: {
    confirmationCodeLabel: 'Mã xác nhận',
    verificationCodeLabel: 'Mã xác minh',
    confirm: 'Xác nhận',
    verify: 'Xác minh',
    save: 'Lưu',
    resendCode: 'Gửi lại mã',
    sendCode: 'Gửi mã',
    resendCodeIn: 'Gửi lại mã sau {time}',
    codeSent: 'Chúng tôi đã gửi mã đến {destination}.',
    codeSentByEmail: 'Chúng tôi đã gửi mã qua email đến {destination}.',
    codeSentBySms: 'Chúng tôi đã gửi mã qua tin nhắn SMS đến {destination}.',
    codeSentNoDestination: 'Chúng tôi đã gửi mã cho bạn.',
    newCodeSent: 'Chúng tôi đã gửi mã mới đến {destination}.',
    resendAvailable: 'Giờ bạn có thể yêu cầu mã mới.',
    confirmed: 'Tài khoản của bạn đã được xác nhận.',
    alreadyConfirmed: 'Tài khoản của bạn đã được xác nhận trước đó. Bạn có thể đăng nhập.',
    verified: 'Đã xác minh {attribute} của bạn.',
    saved: 'Đã lưu {attribute} của bạn.',
    pendingTitle: 'Xác minh {attribute} mới của bạn',
    pendingBody: 'Cho đến khi bạn xác minh {value}, {attribute} hiện tại của bạn vẫn được sử dụng.',
    unverifiedTitle: 'Chưa xác minh {attribute} của bạn',
    unverifiedBody: 'Bạn cần xác minh {value} trước khi có thể sử dụng.',
    cancelChange: 'Hủy thay đổi',
    tryAgain: 'Thử lại',
    signInAgain: 'Đăng nhập lại',
    useThisAnyway: 'Dùng cho tài khoản này',
    useThisAnywayHint: 'Tài khoản kia sẽ không thể đăng nhập bằng {attribute} này nữa.',
    waitUntil: 'Hãy thử lại sau {time}.',
    codeHint: { other: 'Nhập mã gồm {length} chữ số' },
    codeNotSentYet: 'Chúng tôi chưa gửi mã nào. Hãy yêu cầu mã, rồi nhập mã vào đây.',
    loading: 'Đang tải {attribute} của bạn…',
    codeHintAnyLength: 'Nhập mã trong tin nhắn',
    submitting: 'Đang kiểm tra…',
    sending: 'Đang gửi…',
    saving: 'Đang lưu…',
    errorPrefix: 'Lỗi:',
    attributeFallback: 'địa chỉ email hoặc số điện thoại',
    usernameLabel: 'Tên người dùng',
    resetPasswordHint: 'Chúng tôi sẽ gửi mã đến địa chỉ email hoặc số điện thoại trong tài khoản của bạn.',
    newPasswordLabel: 'Mật khẩu mới',
    showPassword: 'Hiện mật khẩu',
    hidePassword: 'Ẩn mật khẩu',
    passwordRulesTitle: 'Mật khẩu của bạn cần có',
    passwordMinLength: { other: 'Ít nhất {count} ký tự' },
    passwordLowercase: 'Một chữ cái viết thường',
    passwordUppercase: 'Một chữ cái viết hoa',
    passwordNumber: 'Một chữ số',
    passwordSymbol: 'Một ký hiệu, ví dụ ! hoặc @',
    ruleMet: 'Đã đạt:',
    ruleNotMet: 'Còn thiếu:',
    passwordRulesLeft: { other: 'Còn {count} quy tắc mật khẩu chưa đáp ứng' },
    passwordRulesAllMet: 'Mật khẩu của bạn đã đáp ứng mọi quy tắc.',
    resetPassword: 'Đặt lại mật khẩu',
    resettingPassword: 'Đang đặt lại…',
    passwordChanged: 'Mật khẩu của bạn đã được thay đổi. Hãy đăng nhập bằng mật khẩu mới.',
    signIn: 'Đăng nhập',
    confirmAccount: 'Xác nhận tài khoản',
    useAnotherUsername: 'Dùng tên người dùng khác',
  },
};
