// Errors as values at the boundaries, after Abseil's Status / StatusOr.
//
// A Status carries one of a few canonical codes and a message that names the
// input (dictionary file and line, document id and byte offset). The CLI maps
// codes to exit statuses in one table (cli/exit_codes.h).
#ifndef DRAGOMAN_CORE_STATUS_H_
#define DRAGOMAN_CORE_STATUS_H_

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace dragoman {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad input: malformed dictionary line, bad JSON, bad UTF-8
  kNotFound,         // a named file or entry does not exist
  kDataLoss,         // input was damaged and could not be repaired
  kInternal,         // a broken invariant that no input should reach
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status OkStatus() { return Status(); }
inline Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status DataLoss(std::string m) { return {StatusCode::kDataLoss, std::move(m)}; }
inline Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

// Either a value or a non-OK Status.
template <typename T>
class StatusOr {
 public:
  StatusOr(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design
  StatusOr(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

#define DRAGOMAN_RETURN_IF_ERROR(expr)    \
  do {                                    \
    ::dragoman::Status status_ = (expr);  \
    if (!status_.ok()) return status_;    \
  } while (0)

}  // namespace dragoman

#endif  // DRAGOMAN_CORE_STATUS_H_
